import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { formatDate } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { RequireCapability } from "../../../ui/Refused";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { QueryState } from "../../../ui/QueryState";

const TOKENS = graphql(`
  query MyApiTokens {
    myApiTokens { id name prefix createdAt lastUsedAt revokedAt expiresAt }
  }
`);
const CREATE = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) { secret apiToken { id } }
  }
`);
const REVOKE = graphql(`
  mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }
`);

/** An analyst's personal API tokens: the secret is shown once, at creation; revoking ends it at once. */
export function TokensPage() {
  const t = useT();
  return (
    <RequireCapability needs="ManageOwnApiTokens" title={t("Khoá truy cập API", "API tokens")}>
      <Tokens />
    </RequireCapability>
  );
}

function Tokens() {
  const t = useT();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TOKENS,
    requestPolicy: "cache-and-network",
  });
  const [name, setName] = useState("");
  const [missing, setMissing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const creating = useMutationForm({ shown: ["name"] });
  const revocation = useMutationForm();
  const reload = () => refetch({ requestPolicy: "network-only" });
  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    const res = await creating.send(CREATE, { name: name.trim() });
    if (res.data) {
      setSecret(res.data.createApiToken.secret);
      setName("");
      setMissing(false);
      reload();
    }
  };
  // Revoking is asked for in a dialog of the app's own (a browser's confirm box is unstyled and, in some
  // browsers, can be switched off for the page).
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const revoke = async (id: string) => {
    const res = await revocation.send(REVOKE, { id });
    if (!res.error) reload();
    return res.error;
  };
  return (
    <Stack>
      {revoking && (
        <ConfirmDialog
          title={t(`Thu hồi khoá “${revoking.name}”?`, `Revoke the token “${revoking.name}”?`)}
          confirmLabel={t("Thu hồi khoá", "Revoke the token")}
          onConfirm={() => revoke(revoking.id)}
          onClose={() => setRevoking(null)}
          record={{ vi: "khoá", en: "token" }}
        >
          {t(
            "Các chương trình đang dùng khoá này sẽ không truy cập được nữa. Không khôi phục được.",
            "Programs using this token lose access at once. This cannot be undone.",
          )}
        </ConfirmDialog>
      )}
      <Title order={2}>{t("Khoá truy cập API", "API tokens")}</Title>
      <Text c="dimmed">
        {t(
          "Dùng khoá để truy vấn dữ liệu (chỉ đọc) từ công cụ phân tích. Khoá chỉ hiển thị một lần khi tạo.",
          "Use a token to query the data (read only) from an analysis tool. A token is shown only once, when created.",
        )}
      </Text>
      <MutationError form={creating} record={{ vi: "khoá", en: "token" }} />
      {secret && (
        <Alert
          color="green"
          title={t(
            "Khoá mới (sao chép ngay, sẽ không hiển thị lại)",
            "New token (copy it now; it will not be shown again)",
          )}
        >
          <Code block aria-label={t("Khoá mới", "New token")}>
            {secret}
          </Code>
        </Alert>
      )}
      <form onSubmit={create} noValidate>
        <Group align="start">
          <TextInput
            label={t("Tên khoá (dùng ở đâu)", "Token name (where it is used)")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={
              missing && !name.trim()
                ? t("Vui lòng đặt tên cho khoá", "Name the token")
                : creating.fieldErrors.name
            }
            w={320}
          />
          <Button type="submit" mt={25} loading={creating.fetching}>
            {t("Tạo khoá", "Create token")}
          </Button>
        </Group>
      </form>
      {!data ? (
        <QueryState fetching={fetching} error={error} what={t("khoá truy cập", "API tokens")} />
      ) : data.myApiTokens.length === 0 ? (
        <Text c="dimmed">{t("Chưa có khoá nào.", "No token yet.")}</Text>
      ) : (
        <Table withTableBorder aria-label={t("Khoá truy cập API", "API tokens")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Tên", "Name")}</Table.Th>
              <Table.Th>{t("Mã đầu", "Prefix")}</Table.Th>
              <Table.Th>{t("Tạo ngày", "Created")}</Table.Th>
              <Table.Th>{t("Dùng lần cuối", "Last used")}</Table.Th>
              <Table.Th>{t("Hết hạn", "Expires")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("Trạng thái", "Status")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.myApiTokens.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>
                  <Code>{k.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(k.createdAt)}</Table.Td>
                <Table.Td>{k.lastUsedAt ? formatDate(k.lastUsedAt) : t("chưa dùng", "never")}</Table.Td>
                <Table.Td>{k.expiresAt ? formatDate(k.expiresAt) : t("không hết hạn", "never")}</Table.Td>
                <Table.Td>
                  {k.revokedAt ? (
                    <Badge color="gray">
                      {t("Đã thu hồi", "Revoked")} {formatDate(k.revokedAt)}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      color="red"
                      variant="outline"
                      onClick={() => setRevoking({ id: k.id, name: k.name })}
                    >
                      {t("Thu hồi", "Revoke")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
