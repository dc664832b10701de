import { programmeYears, sumOfYears, type Programme, type TargetLine, type Year } from "./types.js";

/** A quantity achieved (accepted, nghiệm thu) on a target line in a year. */
export interface AchievedQuantity {
  readonly lineCode: string;
  readonly year: Year;
  readonly quantity: number;
}

/** One year of one line: its target, what was achieved, and the running totals up to that year. */
export interface YearProgress {
  readonly year: Year;
  readonly target: number | null;
  readonly achieved: number;
  /** achieved ÷ target; null when the year has no target. */
  readonly rate: number | null;
  readonly cumulativeTarget: number;
  readonly cumulativeAchieved: number;
}

/**
 * - `NO_TARGET`: the line has no target for the period.
 * - `ACHIEVED`: the period's total is reached.
 * - `ON_TRACK`: achieved so far ≥ the targets of the years so far.
 * - `BEHIND`: achieved so far < the targets of the years so far.
 */
export type LineStatus = "NO_TARGET" | "ACHIEVED" | "ON_TRACK" | "BEHIND";

/** Progress of one target line as of a year. */
export interface LineProgress {
  readonly lineCode: string;
  readonly unit: string;
  /** The period's target: the printed total where there is one (it is what the decision approves), else the sum of the years. */
  readonly total: number | null;
  readonly years: readonly YearProgress[];
  readonly asOfYear: Year;
  readonly cumulativeTarget: number;
  readonly cumulativeAchieved: number;
  /** What is left to reach the period's total, never negative. */
  readonly remaining: number | null;
  /** cumulativeAchieved ÷ total; null without a total. */
  readonly rate: number | null;
  readonly status: LineStatus;
}

/** Roll-up of several lines. Lines count in different units, so the roll-up averages rates, never quantities. */
export interface RollUp {
  /** Mean over lines with a total of min(1, achieved ÷ total): the share of the period's targets done. */
  readonly attainment: number | null;
  /** Mean over lines with a target so far of min(1, achieved so far ÷ target so far). */
  readonly attainmentToDate: number | null;
  readonly linesWithTarget: number;
  readonly achieved: number;
  readonly onTrack: number;
  readonly behind: number;
  readonly noTarget: number;
}

export interface GroupProgress extends RollUp {
  readonly groupCode: string;
  readonly lines: readonly LineProgress[];
}

export interface ProgrammeProgress extends RollUp {
  readonly asOfYear: Year;
  readonly groups: readonly GroupProgress[];
}

/**
 * Progress of one line as of `asOfYear` (inclusive) from the quantities achieved per year.
 * Achievements in years after `asOfYear` are ignored; those before the programme's first year too.
 */
export function computeLineProgress(
  line: TargetLine,
  years: readonly Year[],
  achievedByYear: ReadonlyMap<Year, number>,
  asOfYear: Year,
): LineProgress {
  const hasYearValues = Object.values(line.yearly).some((v) => v !== null);
  const total = line.printedTotal ?? (hasYearValues ? sumOfYears(line) : null);
  let cumulativeTarget = 0;
  let cumulativeAchieved = 0;
  const rows: YearProgress[] = [];
  for (const year of years) {
    if (year > asOfYear) break;
    const target = line.yearly[year] ?? null;
    const achieved = achievedByYear.get(year) ?? 0;
    cumulativeTarget += target ?? 0;
    cumulativeAchieved += achieved;
    rows.push({
      year,
      target,
      achieved,
      rate: target ? achieved / target : null,
      cumulativeTarget,
      cumulativeAchieved,
    });
  }
  const status: LineStatus =
    total === null || total === 0
      ? "NO_TARGET"
      : cumulativeAchieved >= total
        ? "ACHIEVED"
        : cumulativeAchieved >= cumulativeTarget
          ? "ON_TRACK"
          : "BEHIND";
  return {
    lineCode: line.code,
    unit: line.unit,
    total,
    years: rows,
    asOfYear,
    cumulativeTarget,
    cumulativeAchieved,
    remaining: total === null ? null : Math.max(0, total - cumulativeAchieved),
    rate: total ? cumulativeAchieved / total : null,
    status,
  };
}

const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Rolls several lines' progress up into shares of targets done and counts per status. */
export function rollUp(lines: readonly LineProgress[]): RollUp {
  const withTotal = lines.filter((l) => l.total !== null && l.total > 0);
  const withTargetSoFar = lines.filter((l) => l.cumulativeTarget > 0);
  return {
    attainment: mean(withTotal.map((l) => Math.min(1, l.cumulativeAchieved / (l.total as number)))),
    attainmentToDate: mean(
      withTargetSoFar.map((l) => Math.min(1, l.cumulativeAchieved / l.cumulativeTarget)),
    ),
    linesWithTarget: withTotal.length,
    achieved: lines.filter((l) => l.status === "ACHIEVED").length,
    onTrack: lines.filter((l) => l.status === "ON_TRACK").length,
    behind: lines.filter((l) => l.status === "BEHIND").length,
    noTarget: lines.filter((l) => l.status === "NO_TARGET").length,
  };
}

/**
 * The programme's progress as of `asOfYear`: per line and year, rolled up per content group and for the
 * whole programme. Quantities for unknown lines are ignored (they cannot count toward any target);
 * negative quantities are refused because an acceptance never undoes an output.
 */
export function computeProgrammeProgress(
  programme: Programme,
  achieved: Iterable<AchievedQuantity>,
  asOfYear: Year,
): ProgrammeProgress {
  const years = programmeYears(programme);
  const byLine = new Map<string, Map<Year, number>>();
  for (const a of achieved) {
    if (!Number.isFinite(a.quantity) || a.quantity < 0) {
      throw new RangeError(
        `Số lượng đạt được của dòng ${a.lineCode} năm ${a.year} phải là số không âm: ${a.quantity}`,
      );
    }
    const perYear = byLine.get(a.lineCode) ?? new Map<Year, number>();
    perYear.set(a.year, (perYear.get(a.year) ?? 0) + a.quantity);
    byLine.set(a.lineCode, perYear);
  }
  const groups: GroupProgress[] = programme.groups.map((group) => {
    const lines = group.lines.map((line) =>
      computeLineProgress(line, years, byLine.get(line.code) ?? new Map(), asOfYear),
    );
    return { groupCode: group.code, lines, ...rollUp(lines) };
  });
  return { asOfYear, groups, ...rollUp(groups.flatMap((g) => g.lines)) };
}
