import { dataScopeOf } from "@khuyencong/domain";
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { MutationError, useMutationForm } from "../../../ui/useMutationForm";
import { formatDate, money } from "../../../lib/format";
import { useLang, useT } from "../../../lib/i18n";
import { type Me, useCan } from "../../../lib/me";
import {
  filterGroups,
  fundSourceName,
  groupByRegistrant,
  REGISTRATION,
  type RegistrantGroup,
} from "../plans";
import { QueryState } from "../../../ui/QueryState";
import { WITHDRAW_REGISTRATION } from "../graphql/documents";
import { NotRegistered } from "./NotRegistered";
import { type LineOption, RegistrationForm } from "../forms/RegistrationForm";
import { type Registration, useAllRegistrations } from "../graphql/useAllRegistrations";

const GROUPS_PER_PAGE = 8;
const number = new Intl.NumberFormat("vi-VN");

/**
 * The year's registrations, by commune then by implementing unit: every registrant for the department,
 * the viewer's own for a commune officer or a unit (the API scopes them). Registering, changing and
 * withdrawing are for the registrant roles while the plan is open; otherwise the buttons stay, disabled,
 * with the reason beside them.
 */
export function RegistrationsSection(props: {
  me: Me;
  year: number;
  locked: string | null;
  registers: boolean;
  lines: readonly LineOption[];
  groups: readonly { code: string; name: string }[];
  reloadKey: number;
  onChanged: () => void;
}) {
  const t = useT();
  const { me } = props;
  const state = useAllRegistrations(props.year, props.reloadKey);
  const [form, setForm] = useState<{ registration?: Registration; registrantName: string | null } | null>(
    null,
  );
  const [withdrawing, setWithdrawing] = useState<Registration | null>(null);
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const department = useCan()("ManageAnnualPlans");
  const scope = dataScopeOf(me.role);
  const ownName =
    scope === "COMMUNE"
      ? (me.commune?.displayName ?? me.communeCode ?? null)
      : scope === "UNIT"
        ? (me.unit?.name ?? null)
        : null;

  const groups = useMemo(() => groupByRegistrant(state.registrations ?? []), [state.registrations]);
  const shown = useMemo(() => filterGroups(groups, search), [groups, search]);
  const pages = Math.max(1, Math.ceil(shown.length / GROUPS_PER_PAGE));
  const current = Math.min(page, pages);
  const pageGroups = shown.slice((current - 1) * GROUPS_PER_PAGE, current * GROUPS_PER_PAGE);
  const lockedId = "plan-registration-locked";

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3}>
            {department || !ownName
              ? t("Đăng ký theo xã, phường, đặc khu và đơn vị thực hiện", "Registrations by commune and unit")
              : t(`Đăng ký của ${ownName}`, `Registrations of ${ownName}`)}
          </Title>
          {!department && ownName && (
            <Text size="sm" c="dimmed">
              {t(
                "Bạn chỉ thấy và sửa các đăng ký của đơn vị mình, kể cả đăng ký Sở Công Thương nhập thay.",
                "You see and change only your own registrations, including those the department entered for you.",
              )}
            </Text>
          )}
        </Stack>
        {props.registers && (
          <Button
            onClick={() => setForm({ registrantName: ownName })}
            disabled={props.locked !== null}
            aria-describedby={props.locked ? lockedId : undefined}
          >
            {t("Đăng ký hoạt động", "Register an activity")}
          </Button>
        )}
      </Group>
      {department && state.registrations && !state.truncated && (
        <NotRegistered registrations={state.registrations} />
      )}
      {props.locked && (
        <Alert color="gray" id={lockedId} title={t("Không thể thay đổi đăng ký", "Registrations are locked")}>
          {props.locked}
        </Alert>
      )}

      {!state.registrations ? (
        <QueryState
          fetching={state.fetching}
          error={state.error}
          what={t("đăng ký kế hoạch", "registrations")}
        />
      ) : groups.length === 0 ? (
        <Text c="dimmed">
          {department || !ownName
            ? t(
                `Chưa có đăng ký nào cho kế hoạch năm ${props.year}.`,
                `No registration for ${props.year} yet.`,
              )
            : t(
                `${ownName} chưa đăng ký hoạt động nào cho kế hoạch năm ${props.year}.`,
                `${ownName} has registered nothing for ${props.year} yet.`,
              )}
        </Text>
      ) : (
        <>
          {state.truncated && (
            <Alert color="yellow" role="alert">
              {t(
                `Chỉ hiển thị ${state.registrations.length}/${state.totalCount} đăng ký; tải báo cáo tổng hợp để xem đủ.`,
                `Showing ${state.registrations.length} of ${state.totalCount} registrations; download the summary for all.`,
              )}
            </Alert>
          )}
          {groups.length > 1 && (
            <Group justify="space-between" align="flex-end">
              <TextInput
                label={t("Tìm xã, phường hoặc đơn vị", "Find a commune or unit")}
                placeholder={t("Gõ tên, không cần dấu", "Type a name, accents optional")}
                value={search}
                onChange={(e) => {
                  setSearch(e.currentTarget.value);
                  setPage(1);
                }}
                w={320}
              />
              <Text size="sm" c="dimmed">
                {t(
                  `${shown.length} đơn vị đăng ký, ${state.totalCount} đăng ký`,
                  `${shown.length} registrants, ${state.totalCount} registrations`,
                )}
              </Text>
            </Group>
          )}
          {shown.length === 0 && (
            <Text c="dimmed">{t("Không có đơn vị đăng ký phù hợp.", "No matching registrant.")}</Text>
          )}
          {pageGroups.map((group) => (
            <RegistrantCard
              key={group.key}
              group={group}
              registers={props.registers}
              locked={props.locked}
              onEdit={(registration) => setForm({ registration, registrantName: group.name })}
              onWithdraw={setWithdrawing}
            />
          ))}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={current}
              onChange={setPage}
              getControlProps={(control) => ({
                "aria-label":
                  control === "next" ? t("Trang sau", "Next page") : t("Trang trước", "Previous page"),
              })}
            />
          )}
        </>
      )}

      {form && (
        <RegistrationForm
          year={props.year}
          registration={form.registration}
          chooseRegistrant={department}
          registrantName={form.registrantName}
          lines={props.lines}
          groups={props.groups}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            props.onChanged();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawModal
          registration={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            props.onChanged();
          }}
        />
      )}
    </Stack>
  );
}

function RegistrantCard(props: {
  group: RegistrantGroup<Registration>;
  registers: boolean;
  locked: string | null;
  onEdit: (r: Registration) => void;
  onWithdraw: (r: Registration) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const { group } = props;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={4}>{group.name}</Title>
          <Badge variant="light" color={group.kind === "COMMUNE" ? "blue" : "grape"}>
            {group.kind === "COMMUNE" ? t("Xã, phường, đặc khu", "Commune") : t("Đơn vị thực hiện", "Unit")}
          </Badge>
        </Group>
        <Text size="sm">
          {t(`${group.registrations.length} đăng ký`, `${group.registrations.length} registrations`)} ·{" "}
          {t("kinh phí dự kiến", "estimated cost")} <b>{money(group.estimatedCost)}</b>
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped fz="sm" aria-label={t(`Đăng ký của ${group.name}`, `Registrations of ${group.name}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t("Mã", "Code")}</Table.Th>
              <Table.Th miw={240}>{t("Nội dung (dòng chỉ tiêu)", "Target line")}</Table.Th>
              <Table.Th ta="right" w={110}>
                {t("Số lượng", "Quantity")}
              </Table.Th>
              <Table.Th ta="right" w={150} style={{ whiteSpace: "nowrap" }}>
                {t("Kinh phí dự kiến", "Estimated cost")}
              </Table.Th>
              <Table.Th w={200}>{t("Nguồn kinh phí", "Fund source")}</Table.Th>
              <Table.Th miw={220}>{t("Ghi chú, người nhập", "Note, entered by")}</Table.Th>
              {props.registers && <Table.Th w={120} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.registrations.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td fw={600} style={{ whiteSpace: "nowrap" }}>
                  {r.targetLine.code}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} title={r.targetLine.name}>
                    {r.targetLine.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {number.format(r.quantity)} {r.targetLine.unit}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {money(r.estimatedCost)}
                </Table.Td>
                <Table.Td>{fundSourceName(r.fundSource, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{r.note ?? ""}</Text>
                  <Text size="xs" c="dimmed">
                    {t(
                      `${r.createdBy.fullName}, ${formatDate(r.createdAt)}`,
                      `${r.createdBy.fullName}, ${formatDate(r.createdAt)}`,
                    )}
                  </Text>
                </Table.Td>
                {props.registers && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        disabled={props.locked !== null}
                        title={props.locked ?? undefined}
                        onClick={() => props.onEdit(r)}
                        aria-label={t(
                          `Sửa đăng ký ${r.targetLine.code}`,
                          `Change registration ${r.targetLine.code}`,
                        )}
                      >
                        {t("Sửa", "Edit")}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        disabled={props.locked !== null}
                        title={props.locked ?? undefined}
                        onClick={() => props.onWithdraw(r)}
                        aria-label={t(
                          `Rút đăng ký ${r.targetLine.code}`,
                          `Withdraw registration ${r.targetLine.code}`,
                        )}
                      >
                        {t("Rút", "Withdraw")}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function WithdrawModal(props: { registration: Registration; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const r = props.registration;
  const state = useMutationForm();
  const confirm = async () => {
    const res = await state.send(WITHDRAW_REGISTRATION, { id: r.id, version: r.version });
    if (!res.error) props.onDone();
  };
  return (
    <Modal opened onClose={props.onClose} title={t("Rút đăng ký", "Withdraw the registration")}>
      <Stack>
        <MutationError form={state} record={REGISTRATION} onReload={props.onDone} />
        <Text size="sm">
          {t(
            `Rút đăng ký ${r.targetLine.code} (${number.format(r.quantity)} ${r.targetLine.unit}, ${money(r.estimatedCost)}) của ${r.commune?.displayName ?? r.unit?.name ?? ""}? Đăng ký sẽ bị xoá khỏi kế hoạch; nhật ký thao tác vẫn lưu lại.`,
            `Withdraw registration ${r.targetLine.code} (${number.format(r.quantity)} ${r.targetLine.unit}, ${money(r.estimatedCost)}) of ${r.commune?.displayName ?? r.unit?.name ?? ""}? It is removed from the plan; the audit log keeps it.`,
          )}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t("Huỷ", "Cancel")}
          </Button>
          <Button color="red" loading={state.fetching} onClick={confirm}>
            {t("Rút đăng ký", "Withdraw")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
