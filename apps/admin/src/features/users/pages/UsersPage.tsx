import { CAPABILITY_LABELS, capabilitiesOf, ROLE_LABELS, ROLES } from "@khuyencong/domain";
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { useMutationForm } from "../../../ui/useMutationForm";
import { useT } from "../../../lib/i18n";
import { useMe } from "../../../lib/me";
import { ROLE_DUTIES } from "../users";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { RequireCapability } from "../../../ui/Refused";
import { ResetPasswordModal } from "../forms/ResetPasswordModal";
import { type UserRow, UserFormModal } from "../forms/UserForm";
import { QueryState } from "../../../ui/QueryState";
import { PagerButtons, useCursorPages } from "../../../ui/Pager";

const USERS = graphql(`
  query UsersList($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id email fullName role roleLabel active version
        communeCode commune { displayName }
        unitId unit { name }
      }
    }
  }
`);

const DEACTIVATE = graphql(`
  mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { id active version } }
`);

const PAGE = 20;

type Dialog =
  | { kind: "create" }
  | { kind: "edit"; user: UserRow }
  | { kind: "reset"; user: UserRow }
  | { kind: "deactivate"; user: UserRow };

/** Accounts and roles, for administrators: who may sign in, with which role and scope. */
export function UsersPage() {
  const t = useT();
  return (
    <RequireCapability needs="ManageUsers" title={t("Người dùng, vai trò", "Users and roles")}>
      <UsersAdmin />
    </RequireCapability>
  );
}

function UsersAdmin() {
  const t = useT();
  const me = useMe();
  const pager = useCursorPages();
  const after = pager.after;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: USERS,
    variables: { first: PAGE, after },
    requestPolicy: "cache-and-network",
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deactivation = useMutationForm();
  const reload = () => refetch({ requestPolicy: "network-only" });
  const close = () => {
    setDialog(null);
  };
  const page = pager.page;
  const pages = data ? Math.max(1, Math.ceil(data.users.totalCount / PAGE)) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("Người dùng, vai trò", "Users and roles")}</Title>
        <Button
          onClick={() => {
            setNotice(null);
            setDialog({ kind: "create" });
          }}
        >
          {t("Thêm người dùng", "New user")}
        </Button>
      </Group>
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)} role="status">
          {notice}
        </Alert>
      )}
      <Accordion variant="contained">
        <Accordion.Item value="roles">
          <Accordion.Control>{t("Mỗi vai trò được làm gì", "What each role may do")}</Accordion.Control>
          <Accordion.Panel>
            <Table aria-label={t("Vai trò và quyền", "Roles and permissions")}>
              <Table.Tbody>
                {ROLES.map((r) => (
                  <Table.Tr key={r}>
                    <Table.Td w={280} fw={600}>
                      {ROLE_LABELS[r]}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(ROLE_DUTIES[r].vi, ROLE_DUTIES[r].en)}</Text>
                      {/* What the API lets the role do: the domain's access table, not a restated list. */}
                      <Text size="xs" c="dimmed">
                        {t("Quyền", "Capabilities")}:{" "}
                        {capabilitiesOf(r)
                          .map((c) => CAPABILITY_LABELS[c])
                          .join("; ")}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("danh sách người dùng", "users")} />
      ) : data.users.totalCount === 0 ? (
        <Text c="dimmed">{t("Chưa có người dùng nào.", "No user yet.")}</Text>
      ) : (
        <>
          <Table striped highlightOnHover withTableBorder aria-label={t("Danh sách người dùng", "Users")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Họ và tên", "Name")}</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>{t("Vai trò", "Role")}</Table.Th>
                <Table.Th>{t("Xã / đơn vị", "Commune / unit")}</Table.Th>
                <Table.Th>{t("Trạng thái", "Status")}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t("Thao tác", "Actions")}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.users.nodes.map((u) => (
                <Table.Tr key={u.id} c={u.active ? undefined : "dimmed"}>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{u.roleLabel}</Table.Td>
                  <Table.Td>{u.commune?.displayName ?? u.unit?.name ?? "—"}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {u.active ? (
                      <Badge color="green" variant="light" styles={{ label: { overflow: "visible" } }}>
                        {t("Đang hoạt động", "Active")}
                      </Badge>
                    ) : (
                      <Badge color="gray" styles={{ label: { overflow: "visible" } }}>
                        {t("Đã vô hiệu hoá", "Deactivated")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={t(`Sửa ${u.email}`, `Edit ${u.email}`)}
                        onClick={() => setDialog({ kind: "edit", user: u })}
                      >
                        {t("Sửa", "Edit")}
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        aria-label={t(`Đặt lại mật khẩu ${u.email}`, `Reset password of ${u.email}`)}
                        onClick={() => setDialog({ kind: "reset", user: u })}
                      >
                        {t("Đặt lại mật khẩu", "Reset password")}
                      </Button>
                      {u.active && u.id !== me.id && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t(`Vô hiệu hoá ${u.email}`, `Deactivate ${u.email}`)}
                          onClick={() => setDialog({ kind: "deactivate", user: u })}
                        >
                          {t("Vô hiệu hoá", "Deactivate")}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t(
                `${data.users.totalCount} người dùng · trang ${page}/${pages}`,
                `${data.users.totalCount} users · page ${page} of ${pages}`,
              )}
            </Text>
            <Group>
              <PagerButtons pages={pager} pageInfo={data.users.pageInfo} />
            </Group>
          </Group>
        </>
      )}
      {(dialog?.kind === "create" || dialog?.kind === "edit") && (
        <UserFormModal
          user={dialog.kind === "edit" ? dialog.user : undefined}
          onClose={close}
          onSaved={(saved, created) => {
            close();
            setNotice(
              created
                ? t(
                    `Đã tạo tài khoản ${saved.fullName} (${saved.email}).`,
                    `Created ${saved.fullName} (${saved.email}).`,
                  )
                : t(`Đã lưu thay đổi của ${saved.fullName}.`, `Saved the changes to ${saved.fullName}.`),
            );
            reload();
          }}
        />
      )}
      {dialog?.kind === "reset" && <ResetPasswordModal user={dialog.user} onClose={close} onDone={reload} />}
      {dialog?.kind === "deactivate" && (
        <ConfirmDialog
          title={t("Vô hiệu hoá tài khoản", "Deactivate the account")}
          confirmLabel={t("Vô hiệu hoá", "Deactivate")}
          record={{ vi: "tài khoản", en: "account" }}
          onClose={close}
          onConfirm={async () => {
            const res = await deactivation.send(DEACTIVATE, { id: dialog.user.id });
            if (res.error) return res.error;
            close();
            setNotice(t(`Đã vô hiệu hoá ${dialog.user.fullName}.`, `Deactivated ${dialog.user.fullName}.`));
            reload();
          }}
        >
          {t(
            `${dialog.user.fullName} (${dialog.user.email}) sẽ bị đăng xuất ngay và không đăng nhập được nữa. Tài khoản và lịch sử thao tác vẫn được giữ; có thể kích hoạt lại bằng nút Sửa.`,
            `${dialog.user.fullName} (${dialog.user.email}) is signed out at once and can no longer sign in. The account and its history stay; it can be reactivated with Edit.`,
          )}
        </ConfirmDialog>
      )}
    </Stack>
  );
}
