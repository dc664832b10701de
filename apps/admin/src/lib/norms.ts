import { ACTIVITY_KINDS, type ActivityKind, FUND_LEVELS, type FundLevel } from "@khuyencong/domain";

/** Why a typed amount of đồng was refused; the screen words it in the user's language. */
export type DongInputProblem = "empty" | "notInteger" | "negative" | "tooLarge";

export type DongInput = { ok: true; value: number } | { ok: false; problem: DongInputProblem };

/**
 * An amount of đồng as an officer types it: `600000000`, `600.000.000` or `600 000 000` (dots or spaces
 * between groups of three, as Vietnamese documents write money), with an optional trailing `đ`/`₫`/`đồng`.
 * Money is a whole number of đồng, so a decimal part (`1,5`, `1.5`, `1.234,50`) is refused rather than
 * guessed: `1.5` could be a typo for `1.500` or for one and a half, and public money is not guessed.
 */
export function parseDongInput(input: string): DongInput {
  const text = input
    .trim()
    .replace(/\s*(₫|đồng|đ|VNĐ|VND)$/i, "")
    .trim();
  if (text === "") return { ok: false, problem: "empty" };
  if (/^-/.test(text)) return { ok: false, problem: "negative" };
  const plain = /^\d+$/.test(text);
  const grouped = /^\d{1,3}([. \u00a0]\d{3})+$/.test(text) && sameSeparator(text);
  if (!plain && !grouped) return { ok: false, problem: "notInteger" };
  const digits = text.replace(/\D/g, "");
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return { ok: false, problem: "tooLarge" };
  return { ok: true, value };
}

/** `1.234 567` mixes separators: more likely a slip than an amount. */
function sameSeparator(text: string): boolean {
  return new Set(text.replace(/\d/g, "")).size === 1;
}

/** `600000000` → `600.000.000`: how the field shows an amount once it is read. */
export function formatDongInput(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

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

/** True when a norm's values were not fully checked against a text in force: the table flags it. */
export function needsVerification(status: string): boolean {
  return status !== "VERIFIED" && status !== "VERIFIED_SUPERSEDED";
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
