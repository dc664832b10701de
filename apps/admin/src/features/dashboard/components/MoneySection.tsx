import { Fragment } from "react";
import { BarsList } from "@mantine/charts";
import { SimpleGrid, Table, Text } from "@mantine/core";
import { compactDong, type FundRow, formatCount, projectsHref } from "../dashboard";
import { money } from "../../../lib/format";
import { useLang, useT } from "../../../lib/i18n";
import { fundSourceLabel } from "../../../lib/labels";
import { ChartBox, Empty, FigureLink, Section } from "./parts";

interface Totals {
  projectCount: number;
  approved: number;
  committed?: number | null;
  advanced?: number | null;
  paid?: number | null;
  finalSupport?: number | null;
}

/**
 * Money of the year's đề án per fund source: the envelope Finance assigned, the support approved, the
 * advances and all payments the Treasury made, and the support settled. Each figure opens the đề án of
 * that fund and year.
 */
export function MoneySection({
  rows,
  total,
  year,
  showEnvelope,
}: {
  rows: FundRow[];
  total: Totals;
  year: number;
  /** False for roles that may not read budget envelopes. */
  showEnvelope: boolean;
}) {
  const t = useT();
  const { lang } = useLang();
  const title = t(`Kinh phí theo nguồn vốn, năm ${year}`, `Money by fund source, ${year}`);
  const labels = {
    envelope: t("Dự toán được giao", "Envelope assigned"),
    approved: t("Đã phê duyệt", "Approved"),
    committed: t("Còn cam kết", "Still committed"),
    advanced: t("Đã tạm ứng", "Advanced"),
    paid: t("Đã chi trả", "Paid"),
    settled: t("Đã quyết toán", "Settled"),
  };
  const envelopeTotal = rows.some((r) => r.envelope !== null)
    ? rows.reduce((s, r) => s + (r.envelope ?? 0), 0)
    : null;
  return (
    <Section
      title={title}
      note={t(
        "“Đã phê duyệt” là hỗ trợ ghi trong quyết định phê duyệt. “Còn cam kết” là phần còn giữ trong dự toán (cùng số với màn hình Dự toán kinh phí): bằng số đã phê duyệt, nhưng theo số quyết toán khi đã quyết toán và chỉ phần đã chi khi dừng thực hiện. “Đã chi trả” là mọi khoản Kho bạc đã chi (tạm ứng và thanh toán), chưa trừ khoản thu hồi. Năm là năm kế hoạch của đề án.",
        "“Approved” is the support in the approving decisions. “Still committed” is what the envelopes still hold for them (the figure of the Budget envelopes screen): the approved support, but the final support once settled and only what was paid once stopped. “Paid” is everything the Treasury paid (advances and payments), before refunds. The year is the project's plan year.",
      )}
    >
      {rows.length === 0 ? (
        <Empty
          title={t(`Chưa có dự toán hay đề án nào cho năm ${year}`, `No envelope or project for ${year} yet`)}
        >
          {t(
            "Khi Sở Tài chính giao dự toán và đề án được lập, số liệu sẽ hiện ở đây.",
            "Figures appear here once Finance assigns an envelope and projects are prepared.",
          )}
        </Empty>
      ) : (
        <>
          <ChartBox
            label={`${title}. ${t("Số liệu ở bảng bên dưới.", "The figures are in the table below.")}`}
          >
            <SimpleGrid cols={{ base: 1, md: Math.min(rows.length, 2) }} spacing="lg">
              {rows.map((r) => (
                <div key={r.fundSource}>
                  <Text size="sm" fw={600} mb={4}>
                    {fundSourceLabel(t, r.fundSource)}
                  </Text>
                  <BarsList
                    barTextColor="black"
                    barHeight={26}
                    data={[
                      ...(showEnvelope
                        ? [{ name: labels.envelope, value: r.envelope ?? 0, color: "gray" }]
                        : []),
                      { name: labels.approved, value: r.approved, color: "blue" },
                      { name: labels.advanced, value: r.advanced, color: "orange" },
                      { name: labels.paid, value: r.paid, color: "teal" },
                      { name: labels.settled, value: r.settled, color: "grape" },
                    ]}
                    valueFormatter={(v) => compactDong(v, lang)}
                    styles={{ barLabel: { whiteSpace: "nowrap", overflow: "visible" } }}
                  />
                </div>
              ))}
            </SimpleGrid>
          </ChartBox>
          <Table.ScrollContainer minWidth={760}>
            <Table withTableBorder striped fz="sm" aria-label={title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("Nguồn vốn", "Fund source")}</Table.Th>
                  {showEnvelope && <Table.Th ta="right">{labels.envelope}</Table.Th>}
                  <Table.Th ta="right">{t("Số đề án", "Projects")}</Table.Th>
                  <Table.Th ta="right">{labels.approved}</Table.Th>
                  <Table.Th ta="right">{labels.committed}</Table.Th>
                  <Table.Th ta="right">{labels.advanced}</Table.Th>
                  <Table.Th ta="right">{labels.paid}</Table.Th>
                  <Table.Th ta="right">{labels.settled}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => {
                  const href = projectsHref({ fund: r.fundSource, year });
                  return (
                    <Table.Tr key={r.fundSource}>
                      <Table.Th scope="row" fw={500}>
                        {fundSourceLabel(t, r.fundSource)}
                      </Table.Th>
                      {showEnvelope && (
                        <Table.Td ta="right">
                          {r.envelope === null ? (
                            <Text span c="dimmed" fz="sm">
                              {t("chưa giao", "none")}
                            </Text>
                          ) : (
                            money(r.envelope)
                          )}
                        </Table.Td>
                      )}
                      <Table.Td ta="right">
                        <FigureLink href={href}>{formatCount(r.projectCount, lang)}</FigureLink>
                      </Table.Td>
                      {[r.approved, r.advanced, r.paid, r.settled].map((v, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the four measures, always in this order
                        <Fragment key={i}>
                          <Table.Td ta="right">
                            <FigureLink href={href}>{money(v)}</FigureLink>
                          </Table.Td>
                          {/* Beside the approved support: the same figure as the envelopes' "Còn cam kết". */}
                          {i === 0 && <Table.Td ta="right">{money(r.committed)}</Table.Td>}
                        </Fragment>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row">{t("Cộng", "Total")}</Table.Th>
                  {showEnvelope && <Table.Td ta="right">{money(envelopeTotal)}</Table.Td>}
                  <Table.Td ta="right">
                    <FigureLink href={projectsHref({ year })}>
                      {formatCount(total.projectCount, lang)}
                    </FigureLink>
                  </Table.Td>
                  <Table.Td ta="right">{money(total.approved)}</Table.Td>
                  <Table.Td ta="right">{money(total.committed ?? 0)}</Table.Td>
                  <Table.Td ta="right">{money(total.advanced ?? 0)}</Table.Td>
                  <Table.Td ta="right">{money(total.paid ?? 0)}</Table.Td>
                  <Table.Td ta="right">{money(total.finalSupport ?? 0)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Section>
  );
}
