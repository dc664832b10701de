import type { AuditFinding } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import { programmeProgress } from "../progress/progress.service.js";
import type { ProgrammeProgress, ProgressLine } from "../progress/progress.types.js";
import { type Report, type ReportColumn, type ReportRow, type ReportTable, row } from "./report-table.js";
import { readTogether } from "../db/read-together.js";

/*
 * The annual progress report in the layout of the decision's appendix: rows I–VI in bold, then their
 * numbered lines, with the unit (ĐVT). Every figure comes from programmeProgress (its one SQL aggregate
 * and the domain's arithmetic); this file only lays the figures out. Two tables:
 * - "Năm N": the year's target, approved plan, achievement and rate, the cumulative figures since the
 *   programme's first year, and the period's total — 12 columns, printable on one A4 landscape width;
 * - "Giai đoạn": every year of the period (target / plan / achieved), the period's total, what is
 *   achieved over all years and the rate — the appendix with the results beside its targets.
 * A "Ghi chú" column carries the programme audit's findings on the row, so that nobody reads a target
 * the audit questions (II.7's total) without being told.
 */

const SEVERITY: Readonly<Record<AuditFinding["severity"], string>> = {
  ERROR: "Sai lệch",
  WARNING: "Lưu ý",
  INFO: "Ghi chú",
};

/** The findings of a row or group, one per line, as printed in "Ghi chú". */
export function findingNote(findings: readonly AuditFinding[], rowCode: string): string | null {
  const mine = findings.filter((f) => f.rowCode === rowCode);
  return mine.length ? mine.map((f) => `${SEVERITY[f.severity]}: ${f.message}`).join("\n") : null;
}

export interface ProgressReportData {
  year: number;
  firstYear: number;
  lastYear: number;
  /** As of the year asked for: the year's and the cumulative figures, statuses. */
  asOfYear: ProgrammeProgress;
  /** As of the period's last year: every year's target, plan and achievement. */
  period: ProgrammeProgress;
  findings: AuditFinding[];
  decision: { number: string | null; date: string | null; issuer: string };
}

export async function progressReportData(ctx: Ctx, year: number): Promise<ProgressReportData> {
  const programme = await programmeForYear(ctx, year, "year");
  // Together outside a transaction; one after the other inside the download's read-only transaction.
  const [asOfYear, period, findings] = await readTogether(ctx.em, [
    () => programmeProgress(ctx, { asOfYear: year }),
    () => programmeProgress(ctx, { asOfYear: programme.lastYear }),
    () => ctx.loaders.programmeFindings.load(programme.code),
  ]);
  return {
    year,
    firstYear: programme.firstYear,
    lastYear: programme.lastYear,
    asOfYear,
    period,
    findings,
    decision: {
      number: programme.decisionNumber,
      date: programme.decisionDate,
      issuer: programme.issuer,
    },
  };
}

/** "II.7" → "7": the TT column prints a line's number within its group, as the appendix does. */
const lineNumber = (code: string) => code.slice(code.indexOf(".") + 1);

function decisionLine(d: ProgressReportData): string {
  const number = d.decision.number || "…";
  return `(Theo Phụ lục Chương trình khuyến công thành phố Hải Phòng giai đoạn ${d.firstYear} – ${d.lastYear}, Quyết định số ${number} của ${d.decision.issuer})`;
}

export function yearTable(d: ProgressReportData): ReportTable {
  const N = d.year;
  const since = `${d.firstYear}–${N}`;
  const columns: ReportColumn[] = [
    { header: "TT", width: 6 },
    { header: "Nội dung", width: 58 },
    { header: "ĐVT", width: 12 },
    { header: "Chỉ tiêu", width: 10, format: "integer", group: `Năm ${N}` },
    { header: "Kế hoạch được duyệt", width: 11, format: "integer", group: `Năm ${N}` },
    { header: "Thực hiện", width: 10, format: "integer", group: `Năm ${N}` },
    { header: "Tỷ lệ (%)", width: 9, format: "percent", group: `Năm ${N}` },
    { header: "Chỉ tiêu", width: 10, format: "integer", group: `Lũy kế ${since}` },
    { header: "Thực hiện", width: 10, format: "integer", group: `Lũy kế ${since}` },
    { header: "Tổng chỉ tiêu giai đoạn", width: 11, format: "integer" },
    { header: "Tỷ lệ so với tổng (%)", width: 10, format: "percent" },
    { header: "Ghi chú", width: 40 },
  ];
  const rows: ReportRow[] = [];
  for (const group of d.asOfYear.groups) {
    rows.push(
      row(
        "group",
        group.groupCode,
        group.name,
        null,
        ...Array(8).fill(null),
        findingNote(d.findings, group.groupCode),
      ),
    );
    for (const line of group.lines) {
      const y = line.years.find((x) => x.year === N);
      rows.push(
        row(
          "line",
          lineNumber(line.code),
          line.name,
          line.unit,
          y?.target ?? null,
          y?.planned ?? null,
          y?.achieved ?? 0,
          y?.rate ?? null,
          line.cumulativeTarget,
          line.cumulativeAchieved,
          line.total,
          line.rate,
          findingNote(d.findings, line.code),
        ),
      );
    }
  }
  return {
    sheetName: `Năm ${N}`,
    title: [`BÁO CÁO TIẾN ĐỘ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG NĂM ${N}`, decisionLine(d)],
    columns,
    rows,
    frozenColumns: 3,
    notes: [
      `Chỉ tiêu: theo Phụ lục của Chương trình (ô trống: không giao chỉ tiêu). Kế hoạch được duyệt: tổng số lượng đăng ký trong kế hoạch khuyến công năm ${N} đã được phê duyệt (trống khi kế hoạch chưa được phê duyệt).`,
      'Thực hiện: tổng kết quả nghiệm thu của các đề án thuộc kế hoạch năm đó đã nghiệm thu, quyết toán hoặc kết thúc. Tổng chỉ tiêu giai đoạn: cột "Tổng nội dung" của Phụ lục như đã in.',
      "Các nội dung có đơn vị tính khác nhau nên không cộng số lượng theo nhóm.",
    ],
  };
}

export function periodTable(d: ProgressReportData): ReportTable {
  const years: number[] = [];
  for (let y = d.firstYear; y <= d.lastYear; y++) years.push(y);
  const columns: ReportColumn[] = [
    { header: "TT", width: 5 },
    { header: "Nội dung", width: 48 },
    { header: "ĐVT", width: 10 },
    ...years.flatMap((y): ReportColumn[] => [
      { header: "Chỉ tiêu", width: 8, format: "integer", group: `Năm ${y}` },
      { header: "Kế hoạch", width: 8, format: "integer", group: `Năm ${y}` },
      { header: "Thực hiện", width: 8, format: "integer", group: `Năm ${y}` },
    ]),
    { header: "Tổng chỉ tiêu", width: 9, format: "integer" },
    { header: "Tổng thực hiện", width: 9, format: "integer" },
    { header: "Tỷ lệ (%)", width: 8, format: "percent" },
    { header: "Ghi chú", width: 36 },
  ];
  const blanks = years.length * 3 + 3;
  const rows: ReportRow[] = [];
  for (const group of d.period.groups) {
    rows.push(
      row(
        "group",
        group.groupCode,
        group.name,
        null,
        ...Array(blanks).fill(null),
        findingNote(d.findings, group.groupCode),
      ),
    );
    for (const line of group.lines as ProgressLine[]) {
      rows.push(
        row(
          "line",
          lineNumber(line.code),
          line.name,
          line.unit,
          ...years.flatMap((year) => {
            const y = line.years.find((x) => x.year === year);
            return [y?.target ?? null, y?.planned ?? null, y?.achieved ?? 0];
          }),
          line.total,
          line.cumulativeAchieved,
          line.rate,
          findingNote(d.findings, line.code),
        ),
      );
    }
  }
  return {
    sheetName: `Giai đoạn ${d.firstYear}-${d.lastYear}`,
    title: [
      `TỔNG HỢP CHỈ TIÊU, KẾ HOẠCH VÀ KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG GIAI ĐOẠN ${d.firstYear} – ${d.lastYear}`,
      `${decisionLine(d)} — số liệu đến năm ${d.year}`,
    ],
    columns,
    rows,
    frozenColumns: 3,
    notes: [
      "Kế hoạch: kế hoạch khuyến công năm đã được phê duyệt (trống khi chưa phê duyệt). Thực hiện: kết quả nghiệm thu của các đề án thuộc kế hoạch năm đó.",
      'Tổng chỉ tiêu: cột "Tổng nội dung" của Phụ lục như đã in (kể cả khi không bằng tổng các năm — xem Ghi chú). Tổng thực hiện: mọi năm của giai đoạn.',
    ],
  };
}

export async function progressReport(ctx: Ctx, year: number): Promise<Report> {
  const d = await progressReportData(ctx, year);
  const main = yearTable(d);
  return {
    fileName: `Báo cáo tiến độ Chương trình khuyến công năm ${year}`,
    tables: [main, periodTable(d)],
    main,
  };
}
