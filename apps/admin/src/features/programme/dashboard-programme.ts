/**
 * The programme screen's cells: for each target line and year, the appendix's target, the plan, what
 * accepted đề án achieved and the rate, from `programme`, `programmeProgress` and the annual plans.
 */

export interface ProgrammeLineInput {
  id: string;
  yearlyTargets: { year: number; target?: number | null }[];
}
export interface ProgressLineInput {
  targetLineId: string;
  years: {
    year: number;
    target?: number | null;
    planned?: number | null;
    achieved: number;
    rate?: number | null;
  }[];
}
export interface PlanInput {
  year: number;
  status: string;
  comparison?: {
    coversAllRegistrations: boolean;
    lines: { targetLineId: string; registeredQuantity: number }[];
  } | null;
}

export interface YearCell {
  target: number | null;
  /** The quantity in the year's plan; null when no plan is approved or consolidated. */
  plan: number | null;
  /** True when the plan is consolidated but not yet approved: a figure that may still change. */
  planProvisional: boolean;
  /** Null for a year not yet reached with nothing achieved: blank, not a misleading 0. */
  achieved: number | null;
  rate: number | null;
}

/**
 * One cell. The plan comes from the approved plan (as `programmeProgress` counts it) or, while the year's
 * plan is consolidated but not approved, from its registrations when the viewer sees all of them.
 */
export function yearCell(
  line: ProgrammeLineInput,
  progress: ProgressLineInput | undefined,
  plans: readonly PlanInput[],
  year: number,
  currentYear: number,
): YearCell {
  const target = line.yearlyTargets.find((y) => y.year === year)?.target ?? null;
  const p = progress?.years.find((y) => y.year === year);
  let plan: number | null = p?.planned ?? null;
  let planProvisional = false;
  if (plan === null) {
    const consolidated = plans.find((x) => x.year === year && x.status === "CONSOLIDATED");
    if (consolidated?.comparison?.coversAllRegistrations) {
      plan = consolidated.comparison.lines.find((l) => l.targetLineId === line.id)?.registeredQuantity ?? 0;
      planProvisional = true;
    }
  }
  const reached = year <= currentYear || (p?.achieved ?? 0) > 0;
  const achieved = p && reached ? p.achieved : null;
  const rate = achieved !== null && target ? (p?.rate ?? achieved / target) : null;
  return { target, plan, planProvisional, achieved, rate };
}

/** Vietnamese and English names of a line's progress status. */
export const STATUS_LABELS: Readonly<Record<string, [string, string]>> = {
  ACHIEVED: ["Đã đạt cả giai đoạn", "Period target met"],
  ON_TRACK: ["Đúng tiến độ", "On track"],
  BEHIND: ["Chậm tiến độ", "Behind"],
  NO_TARGET: ["Không có chỉ tiêu", "No target"],
};

export const STATUS_COLORS: Readonly<Record<string, string>> = {
  ACHIEVED: "teal",
  ON_TRACK: "blue",
  BEHIND: "red",
  NO_TARGET: "gray",
};
