import type { ActivityKind } from "../activities/activity-kind.js";

/** A calendar year of the programme, e.g. 2026. */
export type Year = number;

/**
 * One row of the programme's appendix table ("nội dung"/"chỉ tiêu"): what is done, in which unit,
 * and how much each year. Values are transcribed as printed, errors included: the audit judges them.
 */
export interface TargetLine {
  /** Group numeral and row number, e.g. "II.4". */
  readonly code: string;
  /** The content group's numeral, e.g. "II". */
  readonly groupCode: string;
  /** Position within the group, 1-based, as printed in the TT column. */
  readonly order: number;
  /** The row's text as printed. */
  readonly name: string;
  /** Unit of measure as printed in the ĐVT column ("Cơ sở", "Mô hình", …). */
  readonly unit: string;
  /** Target per year as printed; `null` where the cell is blank. */
  readonly yearly: Readonly<Record<Year, number | null>>;
  /** The "Tổng nội dung" column as printed; `null` where blank. */
  readonly printedTotal: number | null;
  /**
   * A size stated inside the row's text, e.g. "(01 lớp 40 học viên)" → 40 học viên per Lớp. Lets the audit
   * compare a body-text figure given in another unit.
   */
  readonly perUnit?: { readonly quantity: number; readonly unit: string };
  /** The activity kinds whose đề án count toward this line, where the mapping is clear. */
  readonly activityKinds: readonly ActivityKind[];
  /** Where the row stands in the source document. */
  readonly source: string;
}

/** A content group (I–VI) of the programme with its rows. */
export interface ContentGroup {
  /** Roman numeral as printed: "I" … "VI". */
  readonly code: string;
  readonly name: string;
  readonly lines: readonly TargetLine[];
}

/**
 * A numeric target that the decision's body text states (Điều 1, mục I.2 a–e), kept apart from the table
 * so that the two can be compared.
 */
export interface BodyTarget {
  /** Stable id: the location and the row, e.g. "I.2.a.I.2". */
  readonly id: string;
  /** The appendix row this figure concerns, or null when no row matches its content. */
  readonly lineCode: string | null;
  readonly value: number;
  /** Unit as the sentence words it ("cơ sở", "học viên", "lớp"). */
  readonly unit: string;
  /** The sentence fragment, quoted from the decision. */
  readonly quote: string;
  /** e.g. "Điều 1, mục I.2, điểm a". */
  readonly location: string;
}

/** The legal act that approves a programme. */
export interface ApprovalDecision {
  /** As printed; the seed is a draft with the number and date left blank. */
  readonly number: string | null;
  readonly date: string | null;
  readonly issuer: string;
  readonly title: string;
}

/** A five-year khuyến công programme: its groups, rows and body-text targets. */
export interface Programme {
  readonly code: string;
  readonly name: string;
  readonly firstYear: Year;
  readonly lastYear: Year;
  readonly decision: ApprovalDecision;
  readonly groups: readonly ContentGroup[];
  readonly bodyTargets: readonly BodyTarget[];
}

/** The programme's years in order, e.g. [2026, …, 2030]. */
export function programmeYears(programme: Pick<Programme, "firstYear" | "lastYear">): Year[] {
  const years: Year[] = [];
  for (let y = programme.firstYear; y <= programme.lastYear; y++) years.push(y);
  return years;
}

/** Every target line of the programme, in document order. */
export function allTargetLines(programme: Programme): TargetLine[] {
  return programme.groups.flatMap((g) => g.lines);
}

/** The line with this code, or undefined. */
export function findTargetLine(programme: Programme, code: string): TargetLine | undefined {
  return allTargetLines(programme).find((l) => l.code === code);
}

/** Sum of the yearly values as printed (blank cells count as nothing). */
export function sumOfYears(line: TargetLine): number {
  return Object.values(line.yearly).reduce<number>((sum, v) => sum + (v ?? 0), 0);
}
