import { Stack, Table, Text, Title } from "@mantine/core";
import { money } from "../../../lib/format";
import { useT } from "../../../lib/i18n";
import { activityKindLabel } from "../labels";
import type { ProjectDetail } from "../graphql/queries";

/** What the đề án achieved against what it planned, per activity and target line (after nghiệm thu). */
export function Outputs({ project: p }: { project: ProjectDetail }) {
  const t = useT();
  const accepted = p.acceptedOn !== null && p.acceptedOn !== undefined;
  return (
    <Stack gap="sm">
      <Title order={3}>{t("Kết quả thực hiện", "Outputs")}</Title>
      {!accepted ? (
        <Text c="dimmed">
          {t(
            "Chưa nghiệm thu: kết quả thực hiện được ghi khi nghiệm thu đề án.",
            "Not accepted yet: the outputs are recorded at acceptance.",
          )}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t("Nghiệm thu ngày", "Accepted on")} {p.acceptedOn?.split("-").reverse().join("/")}
          </Text>
          <Table withTableBorder fz="sm" aria-label={t("Kết quả thực hiện", "Outputs")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Dòng chỉ tiêu", "Target line")}</Table.Th>
                <Table.Th>{t("Hoạt động", "Activity")}</Table.Th>
                <Table.Th ta="right">{t("Kế hoạch", "Planned")}</Table.Th>
                <Table.Th ta="right">{t("Thực hiện", "Achieved")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.activities.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.targetLine.code}</Table.Td>
                  <Table.Td>{a.description || activityKindLabel(t, a.activityKind)}</Table.Td>
                  <Table.Td ta="right">
                    {a.plannedQuantity} {a.targetLine.unit}
                  </Table.Td>
                  <Table.Td ta="right">
                    {a.actualQuantity ?? "—"} {a.targetLine.unit}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {p.budgetLines.some((l) => l.acceptedCost !== null) && (
            <Table withTableBorder fz="sm" aria-label={t("Chi phí được nghiệm thu", "Accepted costs")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("Hạng mục", "Cost item")}</Table.Th>
                  <Table.Th ta="right">{t("Dự toán", "Estimated")}</Table.Th>
                  <Table.Th ta="right">{t("Nghiệm thu", "Accepted")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.budgetLines.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.costItem}</Table.Td>
                    <Table.Td ta="right">{money(l.cost)}</Table.Td>
                    <Table.Td ta="right">{money(l.acceptedCost)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
