import { Badge, Group, SegmentedControl, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { type CSSProperties, type ReactNode, useEffect, useState } from "react";
import { useQuery } from "urql";
import { graphql } from "../../../gql";
import type { ProgrammeProgressQuery, ProgrammeTableQuery } from "../../../gql/graphql";
import { currentProgrammeYear, formatCount, formatRate, groupAnchor } from "../../dashboard/dashboard";
import { STATUS_COLORS, STATUS_LABELS, type YearCell, yearCell } from "../dashboard-programme";
import { formatDate } from "../../../lib/format";
import { type Translate, useLang, useT } from "../../../lib/i18n";
import { QueryState } from "../../../ui/QueryState";

const PROGRAMME = graphql(`
  query ProgrammeTable {
    programme {
      code name years lastYear decisionNumber decisionDate
      findings { severity code rowCode message }
      groups { code name lines { id code name unit printedTotal yearlyTargets { year target } } }
    }
    annualPlans {
      year status statusLabel
      comparison { coversAllRegistrations lines { targetLineId registeredQuantity } }
    }
  }
`);

const PROGRESS = graphql(`
  query ProgrammeProgress($asOf: Int!) {
    programmeProgress(asOfYear: $asOf) {
      asOfYear approvedPlanYears
      groups {
        groupCode attainment attainmentToDate
        lines {
          targetLineId total cumulativeAchieved cumulativeTarget rate status
          years { year target planned achieved rate }
        }
      }
    }
  }
`);

type Programme = ProgrammeTableQuery["programme"];
type Plans = ProgrammeTableQuery["annualPlans"];
type Progress = ProgrammeProgressQuery["programmeProgress"];
type Finding = Programme["findings"][number];

const SEVERITY_COLOR: Record<string, string> = { ERROR: "red", WARNING: "orange", INFO: "gray" };
const SEVERITY_LABEL: Record<string, [string, string]> = {
  ERROR: ["Lỗi", "Error"],
  WARNING: ["Cần xem", "Check"],
  INFO: ["Ghi chú", "Note"],
};

// The first two columns stay in view while the years scroll sideways.
const CODE_W = 52;
const NAME_W = 300;
const UNIT_W = 96;
const stickyCell = (left: number, width: number, extra?: CSSProperties): CSSProperties => ({
  position: "sticky",
  left,
  width,
  minWidth: width,
  maxWidth: width,
  zIndex: 2,
  background: "var(--mantine-color-body)",
  ...extra,
});
const headerCell: CSSProperties = {
  position: "sticky",
  top: 0,
  zIndex: 3,
  background: "var(--mantine-color-gray-1)",
};

/**
 * The appendix of the decision with, for each year, the target, the plan, what accepted đề án achieved and
 * the rate; the audit's findings are marked on their rows. The whole period or one year at a time.
 */
export function ProgrammePage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: PROGRAMME });
  if (!data)
    return <QueryState fetching={fetching} error={error} what={t("chương trình", "the programme")} />;
  return <Programme programme={data.programme} plans={data.annualPlans} />;
}

function Programme({ programme: p, plans }: { programme: Programme; plans: Plans }) {
  const t = useT();
  const currentYear = currentProgrammeYear(p.years);
  const [view, setView] = useState<"all" | number>("all");
  const asOf = view === "all" ? p.lastYear : view;
  const [progress] = useQuery({ query: PROGRESS, variables: { asOf } });
  const errors = p.findings.filter((f) => f.severity === "ERROR").length;
  const findingsOf = (code: string) => p.findings.filter((f) => f.rowCode === code);

  // A link such as /chuong-trinh#nhom-II opens at its group once the table is drawn.
  useEffect(() => {
    const id = window.location.hash.slice(1);
    const row = id ? document.getElementById(decodeURIComponent(id)) : null;
    const box = row?.closest<HTMLElement>("[data-programme-scroll]");
    // Only the table scrolls: the page keeps its title and the header stays over the rows.
    if (row && box) {
      const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
      box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - head;
    }
  }, []);

  const data = progress.data?.programmeProgress;
  return (
    <Stack>
      <Title order={2}>{p.name}</Title>
      <Text c="dimmed" size="sm">
        {p.decisionNumber
          ? t(
              `Bảng chỉ tiêu theo Phụ lục Quyết định số ${p.decisionNumber} ngày ${formatDate(p.decisionDate)}.`,
              `Targets as in the appendix of decision ${p.decisionNumber} of ${formatDate(p.decisionDate)}.`,
            )
          : t("Bảng chỉ tiêu theo Phụ lục của Quyết định.", "Targets as in the decision's appendix.")}{" "}
        {t(
          `Kiểm tra tự động phát hiện ${errors} chỗ mâu thuẫn và ${p.findings.length - errors} điểm cần xem lại, đánh dấu trên từng dòng; rê chuột hoặc dùng phím Tab lên nhãn để xem chi tiết.`,
          `The automatic check found ${errors} contradictions and ${p.findings.length - errors} points to review, marked on their rows; hover or tab to a mark for details.`,
        )}
      </Text>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Text size="sm" fw={500} id="programme-view">
            {t("Hiển thị", "Show")}
          </Text>
          <SegmentedControl
            aria-labelledby="programme-view"
            value={String(view)}
            onChange={(v) => setView(v === "all" ? "all" : Number(v))}
            data={[
              { value: "all", label: t("Cả giai đoạn", "Whole period") },
              ...p.years.map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
        </Stack>
        <Text size="xs" c="dimmed" maw={560}>
          {t(
            "CT: chỉ tiêu; KH: kế hoạch năm đã phê duyệt (in nghiêng: đã tổng hợp, chưa phê duyệt); TH: thực hiện, theo sản phẩm của đề án đã nghiệm thu; %: TH/CT.",
            "T: target; P: approved annual plan (italic: consolidated, not yet approved); A: achieved, from accepted projects' outputs; %: A/T.",
          )}
        </Text>
      </Group>
      {progress.error && (
        <QueryState fetching={false} error={progress.error} what={t("tiến độ", "progress")} />
      )}
      <Table.ScrollContainer
        minWidth={view === "all" ? 1700 : 1040}
        data-programme-scroll
        maxHeight="calc(100vh - 220px)"
        type="native"
      >
        <Table
          withTableBorder
          withColumnBorders
          fz="sm"
          verticalSpacing={4}
          aria-label={t("Bảng chỉ tiêu Chương trình", "Programme targets")}
          aria-busy={progress.fetching}
        >
          {view === "all" ? <AllYearsHead years={p.years} /> : <YearHead year={view} />}
          <Table.Tbody>
            {p.groups.map((g) => {
              const pg = data?.groups.find((x) => x.groupCode === g.code);
              return [
                <Table.Tr key={g.code} id={groupAnchor(g.code)} bg="blue.0" style={{ scrollMarginTop: 80 }}>
                  <Table.Td
                    fw={700}
                    style={stickyCell(0, CODE_W, { background: "var(--mantine-color-blue-0)" })}
                  >
                    {g.code}
                  </Table.Td>
                  <Table.Td
                    fw={700}
                    style={stickyCell(CODE_W, NAME_W, { background: "var(--mantine-color-blue-0)" })}
                  >
                    {g.name}
                    <Findings findings={findingsOf(g.code)} />
                  </Table.Td>
                  <Table.Td colSpan={view === "all" ? p.years.length * 4 + 4 : 10}>
                    {pg && <GroupRate group={pg} view={view} />}
                  </Table.Td>
                </Table.Tr>,
                ...g.lines.map((l) => {
                  const lp = data?.groups.flatMap((x) => x.lines).find((x) => x.targetLineId === l.id);
                  return (
                    <Table.Tr key={l.id}>
                      <Table.Td style={stickyCell(0, CODE_W)}>{l.code}</Table.Td>
                      <Table.Td style={stickyCell(CODE_W, NAME_W)}>
                        {l.name}
                        <Findings findings={findingsOf(l.code)} />
                      </Table.Td>
                      <Table.Td w={UNIT_W}>{l.unit}</Table.Td>
                      {view === "all" ? (
                        <>
                          {p.years.map((y) => (
                            <YearCells key={y} cell={yearCell(l, lp, plans, y, currentYear)} />
                          ))}
                          <Num strong>{l.printedTotal}</Num>
                          <Num>{lp ? lp.cumulativeAchieved : null}</Num>
                          <Rate rate={lp?.rate} />
                        </>
                      ) : (
                        <>
                          <YearCells cell={yearCell(l, lp, plans, view, currentYear)} />
                          <Num>{lp ? lp.cumulativeAchieved : null}</Num>
                          <Num>{lp ? lp.cumulativeTarget : null}</Num>
                          <Num strong>{lp?.total ?? l.printedTotal}</Num>
                          <Rate rate={lp?.rate} />
                          <Table.Td miw={110}>{lp && <Status status={lp.status} />}</Table.Td>
                        </>
                      )}
                    </Table.Tr>
                  );
                }),
              ];
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function AllYearsHead({ years }: { years: number[] }) {
  const t = useT();
  const sub = [t("CT", "T"), t("KH", "P"), t("TH", "A"), "%"];
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th rowSpan={2} style={{ ...headerCell, ...stickyCell(0, CODE_W, headerCell), zIndex: 4 }}>
          {t("TT", "No.")}
        </Table.Th>
        <Table.Th rowSpan={2} style={{ ...headerCell, ...stickyCell(CODE_W, NAME_W, headerCell), zIndex: 4 }}>
          {t("Nội dung", "Activity")}
        </Table.Th>
        <Table.Th rowSpan={2} style={headerCell}>
          {t("ĐVT", "Unit")}
        </Table.Th>
        {years.map((y) => (
          <Table.Th key={y} colSpan={4} ta="center" style={headerCell}>
            {t(`Năm ${y}`, String(y))}
          </Table.Th>
        ))}
        <Table.Th colSpan={3} ta="center" style={headerCell}>
          {t("Cả giai đoạn", "Whole period")}
        </Table.Th>
      </Table.Tr>
      <Table.Tr>
        {years.flatMap((y) =>
          sub.map((s) => (
            <Table.Th key={`${y}-${s}`} ta="right" style={{ ...headerCell, top: 33 }} fz="xs">
              <abbr title={`${s} ${y}`} style={{ textDecoration: "none" }}>
                {s}
              </abbr>
            </Table.Th>
          )),
        )}
        <Table.Th ta="right" style={{ ...headerCell, top: 33 }} fz="xs">
          {t("Tổng", "Total")}
        </Table.Th>
        <Table.Th ta="right" style={{ ...headerCell, top: 33 }} fz="xs">
          {t("TH", "A")}
        </Table.Th>
        <Table.Th ta="right" style={{ ...headerCell, top: 33 }} fz="xs">
          %
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

function YearHead({ year }: { year: number }) {
  const t = useT();
  const th = (label: string, right = true) => (
    <Table.Th ta={right ? "right" : undefined} style={headerCell}>
      {label}
    </Table.Th>
  );
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th style={{ ...headerCell, ...stickyCell(0, CODE_W, headerCell), zIndex: 4 }}>
          {t("TT", "No.")}
        </Table.Th>
        <Table.Th style={{ ...headerCell, ...stickyCell(CODE_W, NAME_W, headerCell), zIndex: 4 }}>
          {t("Nội dung", "Activity")}
        </Table.Th>
        {th(t("ĐVT", "Unit"), false)}
        {th(t(`Chỉ tiêu ${year}`, `Target ${year}`))}
        {th(t(`Kế hoạch ${year}`, `Plan ${year}`))}
        {th(t(`Thực hiện ${year}`, `Achieved ${year}`))}
        {th(t("Tỷ lệ năm", "Year's rate"))}
        {th(t(`Lũy kế TH đến ${year}`, `Achieved to ${year}`))}
        {th(t(`Lũy kế CT đến ${year}`, `Target to ${year}`))}
        {th(t("Chỉ tiêu cả giai đoạn", "Period target"))}
        {th(t("Tỷ lệ giai đoạn", "Period rate"))}
        {th(t(`Tình trạng cuối ${year}`, `Status at end of ${year}`), false)}
      </Table.Tr>
    </Table.Thead>
  );
}

function YearCells({ cell }: { cell: YearCell }) {
  const t = useT();
  return (
    <>
      <Num>{cell.target}</Num>
      <Num
        italic={cell.planProvisional}
        title={
          cell.planProvisional
            ? t("Đã tổng hợp, chưa phê duyệt", "Consolidated, not yet approved")
            : undefined
        }
      >
        {cell.plan}
      </Num>
      <Num>{cell.achieved}</Num>
      <Rate rate={cell.rate} />
    </>
  );
}

function Num({
  children,
  strong,
  italic,
  title,
}: {
  children: number | null | undefined;
  strong?: boolean;
  italic?: boolean;
  title?: string;
}) {
  const { lang } = useLang();
  return (
    <Table.Td ta="right" fw={strong ? 600 : undefined} fs={italic ? "italic" : undefined} title={title}>
      {children === null || children === undefined ? "" : formatCount(children, lang)}
    </Table.Td>
  );
}

function Rate({ rate }: { rate: number | null | undefined }) {
  const { lang } = useLang();
  return (
    <Table.Td ta="right" c={rate !== null && rate !== undefined && rate >= 1 ? "teal.8" : undefined}>
      {rate === null || rate === undefined ? "" : formatRate(rate, lang)}
    </Table.Td>
  );
}

function Status({ status }: { status: string }) {
  const t = useT();
  const label = STATUS_LABELS[status];
  return (
    <Text size="xs" fw={600} c={`${STATUS_COLORS[status] ?? "gray"}.8`}>
      {label ? t(...label) : status}
    </Text>
  );
}

function GroupRate({ group, view }: { group: Progress["groups"][number]; view: "all" | number }) {
  const t = useT();
  const { lang } = useLang();
  const parts: ReactNode[] = [];
  if (view !== "all")
    parts.push(
      t(
        `Đến hết ${view}: ${formatRate(group.attainmentToDate, lang)}`,
        `To end of ${view}: ${formatRate(group.attainmentToDate, lang)}`,
      ),
    );
  parts.push(
    t(
      `Cả giai đoạn: ${formatRate(group.attainment, lang)}`,
      `Whole period: ${formatRate(group.attainment, lang)}`,
    ),
  );
  return (
    <Text size="xs" c="dimmed" span>
      {t("Tỷ lệ đạt bình quân của nhóm", "Group's mean attainment")} · {parts.join(" · ")}
    </Text>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <Group gap={4} mt={2}>
      {findings.map((f) => (
        <Tooltip key={f.code + f.message} label={f.message} multiline w={360} withArrow>
          <Badge
            color={SEVERITY_COLOR[f.severity]}
            variant="light"
            size="sm"
            tabIndex={0}
            aria-label={f.message}
          >
            {severityLabel(t, f.severity)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

const severityLabel = (t: Translate, s: string) => {
  const l = SEVERITY_LABEL[s];
  return l ? t(...l) : s;
};
