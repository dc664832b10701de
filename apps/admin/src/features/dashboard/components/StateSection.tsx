import { BarsList } from "@mantine/charts";
import { SimpleGrid, Table, Text } from "@mantine/core";
import type { ProjectState } from "@khuyencong/domain";
import { formatCount, projectsHref } from "../dashboard";
import { useLang, useT } from "../../../lib/i18n";
import { stateLabel } from "../../projects/labels";
import { ChartBox, Empty, FigureLink, Section } from "./parts";

/** Colours by stage: being prepared, with the department, being carried out, done, stopped. */
const STATE_COLOR: Record<ProjectState, string> = {
  DRAFT: "gray",
  SUBMITTED: "orange",
  APPRAISED: "orange",
  APPROVED: "blue",
  CONTRACTED: "blue",
  ADVANCED: "blue",
  IN_PROGRESS: "blue",
  ADJUSTING: "orange",
  ACCEPTED: "teal",
  SETTLED: "teal",
  CLOSED: "teal",
  REJECTED: "red",
  STOPPED: "red",
};

/** The year's đề án per lifecycle state, every state listed (zeros included); each count opens its list. */
export function StateSection({
  counts,
  year,
}: {
  counts: { state: ProjectState; count: number }[];
  year: number;
}) {
  const t = useT();
  const { lang } = useLang();
  const title = t(`Đề án năm ${year} theo trạng thái`, `Projects of ${year} by state`);
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <Section title={title}>
      {total === 0 ? (
        <Empty title={t(`Chưa có đề án nào cho năm ${year}`, `No project for ${year} yet`)}>
          {t(
            "Đề án do xã, đơn vị thực hiện lập và gửi thẩm định sẽ được đếm ở đây theo từng bước.",
            "Projects prepared by communes and implementing units will be counted here, step by step.",
          )}
        </Empty>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <ChartBox
            label={`${title}. ${t("Số liệu ở bảng bên cạnh.", "The figures are in the table beside it.")}`}
          >
            <BarsList
              barTextColor="black"
              barHeight={26}
              data={counts
                .filter((c) => c.count > 0)
                .map((c) => ({ name: stateLabel(t, c.state), value: c.count, color: STATE_COLOR[c.state] }))}
              valueFormatter={(v) => formatCount(v, lang)}
              styles={{ barLabel: { whiteSpace: "nowrap", overflow: "visible" } }}
            />
          </ChartBox>
          <Table withTableBorder fz="sm" verticalSpacing={3} aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("Trạng thái", "State")}</Table.Th>
                <Table.Th ta="right">{t("Số đề án", "Projects")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {counts.map((c) => (
                <Table.Tr key={c.state}>
                  <Table.Th scope="row" fw={400}>
                    {stateLabel(t, c.state)}
                  </Table.Th>
                  <Table.Td ta="right">
                    {c.count === 0 ? (
                      <Text span c="dimmed" fz="sm">
                        0
                      </Text>
                    ) : (
                      <FigureLink href={projectsHref({ state: c.state, year })}>
                        {formatCount(c.count, lang)}
                      </FigureLink>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t("Cộng", "Total")}</Table.Th>
                <Table.Td ta="right" fw={700}>
                  <FigureLink href={projectsHref({ year })}>{formatCount(total, lang)}</FigureLink>
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </SimpleGrid>
      )}
    </Section>
  );
}
