import { ACTIVITY_KIND_INFO } from "../activities/activity-kind.js";
import { type Citation, formatCitation, VERIFICATION_STATUS_LABELS } from "../legal/citation.js";
import { applyRate, assertDong, type Dong, formatDong, formatRate } from "../money/dong.js";
import { formatCalendarDate } from "../calendar/calendar-date.js";
import { findNorm, type NormQuery } from "./find-norm.js";
import { FUND_LEVEL_LABELS, type Norm } from "./norm.js";
import type { NormTable } from "./norm-table.js";
import { formatFactor, resolveCap } from "./resolve-cap.js";

/**
 * What limits the support:
 * - `RATE`: the rate times the eligible cost is below the cap (or there is no cap);
 * - `CAP`: the cap is below the rate limit (or below the cost when there is no rate);
 * - `RATE_AND_CAP`: both give the same amount;
 * - `COST`: neither binds below the cost itself (no rate, and no cap or a cap above the cost);
 * - `NO_NORM`: no norm is in force, so nothing may be paid under a norm.
 */
export type SupportBound = "RATE" | "CAP" | "RATE_AND_CAP" | "COST" | "NO_NORM";

/** Input of {@link computeSupport}: the norm lookup plus the money. */
export interface SupportQuery extends NormQuery {
  /** Cost the norm's rate applies to, integer đồng. */
  readonly eligibleCost: Dong;
  /** Support asked for in the đề án's estimate, integer đồng; compared with the maximum allowed. */
  readonly requested?: Dong;
}

/** The maximum support for one cost item, how it was reached, and why, in Vietnamese. */
export interface SupportResult {
  /** The version in force on the query date, or `null`. */
  readonly norm: Norm | null;
  readonly eligibleCost: Dong;
  /** Maximum support in đồng: min(rate limit, cap, cost); 0 when no norm is in force. */
  readonly allowed: Dong;
  /** rate × eligibleCost rounded down, or `null` when the norm states no rate. */
  readonly rateLimit: Dong | null;
  /** The cap that applied, a {@link Norm.capRule} already resolved; `null` when there is none. */
  readonly cap: Dong | null;
  readonly boundBy: SupportBound;
  /** The norm's citation, `null` when no norm is in force. */
  readonly citation: Citation | null;
  /** The requested amount, `null` when none was given. */
  readonly requested: Dong | null;
  /** max(0, requested − allowed): what the estimate asks beyond the norm; 0 when nothing was requested. */
  readonly excess: Dong;
  /** One Vietnamese sentence naming the rate, the cap, the result and the legal text. */
  readonly explanation: string;
}

const BOUND_TEXT: Readonly<Record<Exclude<SupportBound, "NO_NORM">, string>> = {
  RATE: "giới hạn bởi tỷ lệ hỗ trợ",
  CAP: "giới hạn bởi mức trần",
  RATE_AND_CAP: "tỷ lệ hỗ trợ và mức trần cho cùng một mức",
  COST: "bằng chi phí hợp lệ",
};

/**
 * The maximum support the norm in force allows for `eligibleCost` of an activity paid from a fund on a date:
 * the lowest of rate × cost (rounded down to the đồng), the cap, and the cost itself. With no norm in force
 * nothing may be paid, so `allowed` is 0 and `boundBy` is `NO_NORM`.
 *
 * Throws a `RangeError` when `eligibleCost` or `requested` is not a non-negative safe integer of đồng, or
 * the date is not `YYYY-MM-DD`.
 */
export function computeSupport(table: NormTable, query: SupportQuery): SupportResult {
  assertDong(query.eligibleCost, "chi phí hợp lệ");
  if (query.requested !== undefined) assertDong(query.requested, "số tiền đề nghị hỗ trợ");
  const norm = findNorm(table, query);
  const eligibleCost = query.eligibleCost;
  const requested = query.requested ?? null;

  if (norm === null) {
    const allowed = 0;
    const excess = excessOf(requested, allowed);
    const activity = ACTIVITY_KIND_INFO[query.activityKind].label;
    const explanation =
      `Không có định mức hỗ trợ “${activity}” từ ${FUND_LEVEL_LABELS[query.fundLevel].toLowerCase()} ` +
      `có hiệu lực ngày ${formatCalendarDate(query.date)}, nên mức hỗ trợ theo định mức là ${formatDong(allowed)}.` +
      excessSentence(requested, excess);
    return {
      norm,
      eligibleCost,
      allowed,
      rateLimit: null,
      cap: null,
      boundBy: "NO_NORM",
      citation: null,
      requested,
      excess,
      explanation,
    };
  }

  const rateLimit = norm.rate === null ? null : applyRate(eligibleCost, norm.rate);
  const cap = resolveCap(table, norm);
  const { allowed, boundBy } = bind(eligibleCost, rateLimit, cap);
  const excess = excessOf(requested, allowed);
  return {
    norm,
    eligibleCost,
    allowed,
    rateLimit,
    cap,
    boundBy,
    citation: norm.citation,
    requested,
    excess,
    explanation: explain(table, norm, { eligibleCost, rateLimit, cap, allowed, boundBy, requested, excess }),
  };
}

function bind(
  cost: Dong,
  rateLimit: Dong | null,
  cap: Dong | null,
): { allowed: Dong; boundBy: Exclude<SupportBound, "NO_NORM"> } {
  if (rateLimit !== null && cap !== null) {
    if (rateLimit === cap) return { allowed: cap, boundBy: "RATE_AND_CAP" };
    return rateLimit < cap ? { allowed: rateLimit, boundBy: "RATE" } : { allowed: cap, boundBy: "CAP" };
  }
  // A rate is at most 100 %, so the rate limit never exceeds the cost.
  if (rateLimit !== null) return { allowed: rateLimit, boundBy: "RATE" };
  if (cap !== null && cap <= cost) return { allowed: cap, boundBy: "CAP" };
  return { allowed: cost, boundBy: "COST" };
}

function excessOf(requested: Dong | null, allowed: Dong): Dong {
  return requested === null ? 0 : Math.max(0, requested - allowed);
}

function excessSentence(requested: Dong | null, excess: Dong): string {
  return requested !== null && excess > 0
    ? ` Số đề nghị hỗ trợ ${formatDong(requested)} vượt mức cho phép ${formatDong(excess)}.`
    : "";
}

function explain(
  table: NormTable,
  norm: Norm,
  figures: Omit<SupportResult, "norm" | "citation" | "explanation" | "boundBy"> & {
    boundBy: Exclude<SupportBound, "NO_NORM">;
  },
): string {
  const { eligibleCost, rateLimit, cap, allowed, boundBy, requested, excess } = figures;
  const ratePart =
    norm.rate === null || rateLimit === null
      ? `văn bản không quy định tỷ lệ hỗ trợ, chi phí hợp lệ ${formatDong(eligibleCost)}`
      : `hỗ trợ ${formatRate(norm.rate)} chi phí hợp lệ ${formatDong(eligibleCost)} là ${formatDong(rateLimit)}`;
  const capPart =
    cap === null
      ? `không quy định mức trần (${norm.capBasis})`
      : `mức trần ${formatDong(cap)} ${norm.capBasis}`;
  const target = norm.capRule ? table.byId.get(norm.capRule.multiplierOf) : undefined;
  const rulePart =
    norm.capRule && target
      ? ` (bằng ${formatFactor(norm.capRule.factor)} lần mức trần “${target.label}”)`
      : "";
  const statusPart =
    norm.status === "VERIFIED"
      ? ""
      : ` Định mức ${VERIFICATION_STATUS_LABELS[norm.status].toLowerCase()}: cần đối chiếu văn bản trước khi áp dụng.`;
  return (
    `${norm.label} (${FUND_LEVEL_LABELS[norm.fundLevel].toLowerCase()}): ${ratePart}; ${capPart}${rulePart}; ` +
    `mức hỗ trợ tối đa ${formatDong(allowed)} (${BOUND_TEXT[boundBy]}), theo ${formatCitation(norm.citation)}.` +
    statusPart +
    excessSentence(requested, excess)
  );
}
