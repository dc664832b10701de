import { Stack, Table, Text, Title } from "@mantine/core";
import { formatDateTime } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { historyActionLabel, stateLabel } from "../labels";
import type { ProjectDetail } from "../graphql/queries";

export function History({ project: p }: { project: ProjectDetail }) {
  const t = useT();
  return (
    <Stack gap="sm">
      <Title order={3}>{t("Lịch sử", "History")}</Title>
      {p.history.length === 0 ? (
        <Text c="dimmed">{t("Chưa có thay đổi trạng thái.", "No state change yet.")}</Text>
      ) : (
        <Table withTableBorder fz="sm" aria-label={t("Lịch sử đề án", "Project history")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Thời điểm", "When")}</Table.Th>
              <Table.Th>{t("Thao tác", "Action")}</Table.Th>
              <Table.Th>{t("Trạng thái mới", "New state")}</Table.Th>
              <Table.Th>{t("Người thực hiện", "By")}</Table.Th>
              <Table.Th>{t("Lý do, ghi chú", "Reason, note")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.history.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{historyActionLabel(t, e.action)}</Table.Td>
                <Table.Td>{stateLabel(t, e.toState)}</Table.Td>
                <Table.Td>{e.actor?.fullName ?? ""}</Table.Td>
                <Table.Td>{e.reason ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
