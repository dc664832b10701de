import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from "@khuyencong/domain";
import {
  Anchor,
  Autocomplete,
  Badge,
  Box,
  CloseButton,
  Code,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { Fragment, useState } from "react";
import { useQuery } from "urql";
import { DateField } from "../../../ui/DateField";
import { graphql } from "../../../gql";
import type { AuditLogQuery } from "../../../gql/graphql";
import {
  type Change,
  dayRange,
  diffRecords,
  ENTITY_TYPES,
  entityTypeLabel,
  showValue,
  summarise,
} from "../audit";
import { formatDateTime } from "../../../lib/format";
import { useLang, useT } from "../../../lib/i18n";
import { useCan } from "../../../lib/me";
import { RequireCapability } from "../../../ui/Refused";
import { QueryState } from "../../../ui/QueryState";
import { PagerButtons, useCursorPages } from "../../../ui/Pager";

const AUDIT_LOG = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id at action actionLabel entityType entityId before after userId
        user { id fullName email roleLabel }
      }
    }
  }
`);

const AUDIT_USERS = graphql(`
  query AuditUserChoices { users(first: 100) { nodes { id fullName email } } }
`);

type Entry = AuditLogQuery["auditLog"]["nodes"][number];

const PAGE = 25;

/** Recorded changes, newest first: who did what to which record, and what changed. */
export function AuditLogPage() {
  const t = useT();
  return (
    <RequireCapability needs="ReadAuditLog" title={t("Nhật ký thao tác", "Audit log")}>
      <AuditLog />
    </RequireCapability>
  );
}

function AuditLog() {
  const t = useT();
  const { lang } = useLang();
  // Who may list users picks a person from the list; the others filter by a person from a row of the log.
  const listsUsers = useCan()("ManageUsers");
  const [entityType, setEntityType] = useState<string | null>(null);
  const [entityId, setEntityId] = useState("");
  const [action, setAction] = useState("");
  const [who, setWho] = useState<{ id: string; name: string } | null>(null);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const pager = useCursorPages();
  const [open, setOpen] = useState<string | null>(null);
  const after = pager.after;
  const badRange = Boolean(from && to && from > to);
  const range = dayRange(from, to);
  const [{ data, fetching, error }] = useQuery({
    query: AUDIT_LOG,
    variables: {
      first: PAGE,
      after,
      filter: {
        entityType,
        entityId: entityId.trim() || null,
        action: action.trim() || null,
        userId: who?.id ?? null,
        from: range.from,
        to: range.to,
      },
    },
    pause: badRange,
    requestPolicy: "cache-and-network",
  });
  const [users] = useQuery({ query: AUDIT_USERS, pause: !listsUsers });
  const reset = () => {
    pager.reset();
    setOpen(null);
  };
  const page = pager.page;
  const pages = data ? Math.max(1, Math.ceil(data.auditLog.totalCount / PAGE)) : 1;
  const filtered = Boolean(entityType || entityId.trim() || action.trim() || who || from || to);

  return (
    <Stack>
      <Title order={2}>{t("Nhật ký thao tác", "Audit log")}</Title>
      <Group align="start">
        <Select
          label={t("Người thực hiện", "Who")}
          placeholder={
            listsUsers ? t("Tất cả", "Everyone") : t("Chọn từ một dòng bên dưới", "Pick from a row below")
          }
          clearable
          searchable
          disabled={!listsUsers && !who}
          data={[
            ...(users.data?.users.nodes ?? []).map((u) => ({
              value: u.id,
              label: `${u.fullName} (${u.email})`,
            })),
            ...(who && !users.data?.users.nodes.some((u) => u.id === who.id)
              ? [{ value: who.id, label: who.name }]
              : []),
          ]}
          value={who?.id ?? null}
          onChange={(v, option) => {
            setWho(v ? { id: v, name: option?.label ?? v } : null);
            reset();
          }}
          w={260}
        />
        <Select
          label={t("Loại bản ghi", "Record kind")}
          placeholder={t("Tất cả", "All")}
          clearable
          data={ENTITY_TYPES.map((e) => ({ value: e.value, label: e[lang] }))}
          value={entityType}
          onChange={(v) => {
            setEntityType(v);
            reset();
          }}
          w={210}
        />
        <TextInput
          label={t("Mã bản ghi", "Record id")}
          value={entityId}
          onChange={(e) => {
            setEntityId(e.currentTarget.value);
            reset();
          }}
          w={170}
        />
        <Autocomplete
          label={t("Thao tác", "Action")}
          placeholder="project.approve"
          // The domain's actions with their Vietnamese labels; free text still filters by a prefix.
          data={[...AUDIT_ACTIONS]}
          renderOption={({ option }) => (
            <Text size="sm">
              {AUDIT_ACTION_LABELS[option.value as AuditAction] ?? option.value}{" "}
              <Code fz="xs">{option.value}</Code>
            </Text>
          )}
          limit={40}
          description={t(
            "Bấm mã thao tác ở một dòng; “project.” là mọi thao tác trên đề án",
            "Click a row's action; “project.” is every action on đề án",
          )}
          value={action}
          onChange={(value) => {
            setAction(value);
            reset();
          }}
          w={190}
        />
        <Box w={150}>
          <DateField
            label={t("Từ ngày", "From")}
            value={from}
            onChange={(v) => {
              setFrom(v);
              reset();
            }}
          />
        </Box>
        <Box w={150}>
          <DateField
            label={t("Đến ngày", "To")}
            value={to}
            onChange={(v) => {
              setTo(v);
              reset();
            }}
            error={badRange ? t("Đến ngày phải sau Từ ngày", "Must not be before From") : undefined}
          />
        </Box>
      </Group>
      {who && !listsUsers && (
        <Group gap={4}>
          <Text size="sm">
            {t("Đang lọc theo người thực hiện:", "Filtered by who:")} <b>{who.name}</b>
          </Text>
          <CloseButton
            size="sm"
            aria-label={t("Bỏ lọc theo người thực hiện", "Clear the person filter")}
            onClick={() => {
              setWho(null);
              reset();
            }}
          />
        </Group>
      )}
      {badRange ? null : !data ? (
        <QueryState fetching={fetching} error={error} what={t("nhật ký thao tác", "the audit log")} />
      ) : data.auditLog.totalCount === 0 ? (
        <Text c="dimmed">
          {filtered
            ? t("Chưa có thao tác nào phù hợp bộ lọc.", "No recorded change matches the filter.")
            : t("Chưa có thao tác nào được ghi.", "No change recorded yet.")}
        </Text>
      ) : (
        <>
          <Table withTableBorder highlightOnHover aria-label={t("Nhật ký thao tác", "Audit log")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Thời điểm", "When")}</Table.Th>
                <Table.Th>{t("Người thực hiện", "Who")}</Table.Th>
                <Table.Th>{t("Thao tác", "Action")}</Table.Th>
                <Table.Th>{t("Bản ghi", "Record")}</Table.Th>
                <Table.Th>{t("Chi tiết", "Details")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.auditLog.nodes.map((e) => (
                <EntryRows
                  key={e.id}
                  entry={e}
                  open={open === e.id}
                  onToggle={() => setOpen(open === e.id ? null : e.id)}
                  onWho={(u) => {
                    setWho(u);
                    reset();
                  }}
                  onAction={(a) => {
                    setAction(a);
                    reset();
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t(
                `${data.auditLog.totalCount} thao tác · trang ${page}/${pages}`,
                `${data.auditLog.totalCount} changes · page ${page} of ${pages}`,
              )}
            </Text>
            <Group>
              <PagerButtons pages={pager} pageInfo={data.auditLog.pageInfo} />
            </Group>
          </Group>
        </>
      )}
    </Stack>
  );
}

function EntryRows({
  entry,
  open,
  onToggle,
  onWho,
  onAction,
}: {
  entry: Entry;
  open: boolean;
  onToggle: () => void;
  onWho: (who: { id: string; name: string }) => void;
  onAction: (action: string) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const changes = diffRecords(entry.before, entry.after);
  return (
    <Fragment>
      <Table.Tr>
        <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.at)}</Table.Td>
        <Table.Td>
          {entry.user ? (
            <>
              <Anchor
                component="button"
                type="button"
                size="sm"
                title={t("Chỉ xem thao tác của người này", "Only this person's changes")}
                onClick={() => entry.user && onWho({ id: entry.user.id, name: entry.user.fullName })}
              >
                {entry.user.fullName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {entry.user.email}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t("Hệ thống", "System")}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          {/* The domain's Vietnamese label (AUDIT_ACTION_LABELS, given by the API); the key stays for filtering. */}
          <Text size="sm">{t(entry.actionLabel, entry.action)}</Text>
          <Anchor
            component="button"
            type="button"
            title={t("Chỉ xem thao tác này", "Only this action")}
            onClick={() => onAction(entry.action)}
          >
            <Code fz="xs">{entry.action}</Code>
          </Anchor>
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color="gray">
            {entityTypeLabel(entry.entityType, lang)}
          </Badge>
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: "break-all" }}>
            {entry.entityId}
          </Text>
        </Table.Td>
        <Table.Td maw={420}>
          <Text size="sm" lineClamp={2} style={{ wordBreak: "break-word" }}>
            {changes.length > 0 ? summarise(changes) : t("Không có thay đổi dữ liệu", "No data change")}
          </Text>
          {changes.length > 0 && (
            <Anchor component="button" type="button" size="xs" onClick={onToggle} aria-expanded={open}>
              {open ? t("Thu gọn", "Hide") : t("Xem chi tiết", "Show details")}
            </Anchor>
          )}
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5} bg="gray.0">
            <ChangesTable changes={changes} />
          </Table.Td>
        </Table.Tr>
      )}
    </Fragment>
  );
}

function ChangesTable({ changes }: { changes: Change[] }) {
  const t = useT();
  return (
    <Table withTableBorder aria-label={t("Các trường thay đổi", "Changed fields")} fz="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("Trường", "Field")}</Table.Th>
          <Table.Th>{t("Trước", "Before")}</Table.Th>
          <Table.Th>{t("Sau", "After")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((c) => (
          <Table.Tr key={c.key}>
            <Table.Td ff="monospace">{c.key}</Table.Td>
            <Table.Td c="red.8" style={{ wordBreak: "break-word" }}>
              {showValue(c.before)}
            </Table.Td>
            <Table.Td c="green.8" style={{ wordBreak: "break-word" }}>
              {showValue(c.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
