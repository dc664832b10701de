import { BulletChart } from "@mantine/charts";
import { Anchor, SimpleGrid, Table, Text } from "@mantine/core";
import { Link } from "wouter";
import { type AttainmentFigures, formatRate, groupAttainment, groupHref, ratePercent } from "../dashboard";
import { useLang, useT } from "../../../lib/i18n";
import { ChartBox, Empty, Section } from "./parts";

/**
 * Attainment of the targets per content group: the rate to date as of each year up to the one chosen,
 * the period's rate, and how many lines are achieved, on track or behind. Rates are averaged over the
 * lines by the API (quantities of different units are never added).
 */
export function AttainmentSection({
  rows,
  years,
  year,
  programme,
}: {
  rows: readonly AttainmentFigures[];
  years: readonly number[];
  year: number;
  programme: { attainmentToDate?: number | null; linesAchieved: number };
}) {
  const t = useT();
  const { lang } = useLang();
  const groups = groupAttainment(rows, year);
  const nothingYet = programme.linesAchieved === 0 && groups.every((g) => !g.toDate[year]);
  const title = t(
    `Tiến độ chỉ tiêu theo nhóm nội dung, đến hết năm ${year}`,
    `Attainment of the targets by content group, as of ${year}`,
  );
  const toDate = t(`Đến hết năm ${year}`, `To end of ${year}`);
  const period = t("Cả giai đoạn", "Whole period");
  return (
    <Section
      title={title}
      note={t(
        "Tỷ lệ của nhóm là bình quân tỷ lệ đạt của các nội dung (mỗi nội dung tối đa 100%), theo sản phẩm của đề án đã nghiệm thu.",
        "A group's rate is the mean of its lines' rates (each at most 100%), from the outputs of accepted projects.",
      )}
    >
      {nothingYet ? (
        <Empty title={t("Chưa có kết quả nghiệm thu nào", "No accepted output yet")}>
          {t(
            "Tỷ lệ đạt được tính khi đề án được nghiệm thu; bảng dưới cho thấy các nhóm đang ở 0%.",
            "Rates count once projects are accepted; the table below shows every group at 0%.",
          )}
        </Empty>
      ) : (
        <ChartBox label={`${title}. ${t("Số liệu ở bảng bên dưới.", "The figures are in the table below.")}`}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
            {groups.map((g) => (
              <div key={g.code} style={{ minWidth: 0 }}>
                <Text size="sm" truncate="end" title={g.name}>
                  {g.code}. {g.name}
                </Text>
                <BulletChart
                  value={ratePercent(g.toDate[year])}
                  target={ratePercent(g.period)}
                  ranges={[{ value: 100, color: "gray.1" }]}
                  barColor={(g.toDate[year] ?? 0) >= 1 ? "teal.6" : "blue.6"}
                  targetColor="orange.6"
                  valueFormatter={(v) => formatRate(v / 100, lang)}
                  size={20}
                  barSize={10}
                  styles={{ rangeLabel: { display: "none" }, targetLabel: { display: "none" } }}
                />
              </div>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed" mt="xs">
            {t(
              `Thanh xanh: ${toDate.toLowerCase()}; vạch cam: ${period.toLowerCase()}.`,
              `Blue bar: ${toDate.toLowerCase()}; orange mark: ${period.toLowerCase()}.`,
            )}
          </Text>
        </ChartBox>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table
          withTableBorder
          striped
          fz="sm"
          aria-label={t("Tiến độ chỉ tiêu theo nhóm nội dung", "Attainment by content group")}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("Nhóm nội dung", "Content group")}</Table.Th>
              {years.map((y) => (
                <Table.Th key={y} ta="right">
                  {t(`Đến hết ${y}`, `To end of ${y}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{period}</Table.Th>
              <Table.Th ta="right">{t("Đã đạt", "Achieved")}</Table.Th>
              <Table.Th ta="right">{t("Đúng tiến độ", "On track")}</Table.Th>
              <Table.Th ta="right">{t("Chậm", "Behind")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.code}>
                <Table.Td>
                  <Anchor component={Link} href={groupHref(g.code)}>
                    {g.code}. {g.name}
                  </Anchor>
                </Table.Td>
                {years.map((y) => (
                  <Table.Td key={y} ta="right">
                    {formatRate(g.toDate[y], lang)}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600}>
                  {formatRate(g.period, lang)}
                </Table.Td>
                <Table.Td ta="right">{g.achieved}</Table.Td>
                <Table.Td ta="right">{g.onTrack}</Table.Td>
                <Table.Td ta="right">
                  <Text span c={g.behind > 0 ? "red.7" : undefined} fz="sm">
                    {g.behind}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
