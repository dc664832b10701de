import { ACTIVITY_KINDS, type ActivityKind, FUND_LEVELS, type FundLevel } from "@khuyencong/domain";

/** 3/2 → `1,5`; 2/1 → `2`: a cap multiplier as Vietnamese texts write it. */
export function formatMultiplier(numerator: number, denominator: number): string {
  if (denominator === 0) return "?";
  const whole = Math.trunc(numerator / denominator);
  const rest = numerator % denominator;
  if (rest === 0) return String(whole);
  const decimals = (numerator / denominator).toFixed(3).replace(/0+$/, "").replace(".", ",");
  return decimals;
}

/** The fields of a norm the table groups by. */
export interface Groupable {
  id: string;
  activityKind: ActivityKind;
  fundLevel: FundLevel;
  validFrom: string;
}

export interface NormGroup<N extends Groupable> {
  activityKind: ActivityKind;
  fundLevel: FundLevel;
  /** The versions, oldest first. */
  versions: N[];
}

/**
 * Norms grouped by activity kind (in the order of NĐ 45's activity groups), then by fund (national first),
 * each group's versions from the oldest: the table reads as the law's list, each rule with its history.
 */
export function groupNorms<N extends Groupable>(norms: readonly N[]): NormGroup<N>[] {
  const groups = new Map<string, NormGroup<N>>();
  for (const norm of norms) {
    const key = `${norm.activityKind}|${norm.fundLevel}`;
    let group = groups.get(key);
    if (!group) {
      group = { activityKind: norm.activityKind, fundLevel: norm.fundLevel, versions: [] };
      groups.set(key, group);
    }
    group.versions.push(norm);
  }
  const rank = (g: NormGroup<N>) =>
    ACTIVITY_KINDS.indexOf(g.activityKind) * FUND_LEVELS.length + FUND_LEVELS.indexOf(g.fundLevel);
  const sorted = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  for (const g of sorted) {
    g.versions.sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id));
  }
  return sorted;
}

/**
 * `support = min(rate × cost, cap, cost)`, rounded down: the figure the API's calculator must give for a
 * norm's rate (basis points) and cap. The screen only shows the API's answer; this is for tests to check
 * the answer against the norm the table shows.
 */
export function expectedSupport(eligibleCost: number, rate: number | null, cap: number | null): number {
  const byRate = rate === null ? eligibleCost : Number((BigInt(eligibleCost) * BigInt(rate)) / 10_000n);
  return Math.min(byRate, cap ?? Number.MAX_SAFE_INTEGER, eligibleCost);
}
