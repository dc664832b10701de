import type { ActivityKind } from "../activities/activity-kind.js";
import type { Citation, VerificationStatus } from "../legal/citation.js";
import type { BasisPoints, Dong } from "../money/dong.js";

/**
 * Which budget pays: kinh phí khuyến công quốc gia (KCQG, set by the Ministry of Finance's circulars)
 * or kinh phí khuyến công địa phương (KCĐP, set by the city's HĐND). The two have separate norms, so
 * the same activity can have two different caps.
 */
export const FUND_LEVELS = ["NATIONAL", "LOCAL"] as const;

/** One of {@link FUND_LEVELS}. */
export type FundLevel = (typeof FUND_LEVELS)[number];

/** Vietnamese name of each fund level, as the admin app and explanations show it. */
export const FUND_LEVEL_LABELS: Readonly<Record<FundLevel, string>> = {
  NATIONAL: "Kinh phí khuyến công quốc gia",
  LOCAL: "Kinh phí khuyến công địa phương",
};

/** True when `value` is one of {@link FUND_LEVELS}. */
export function isFundLevel(value: unknown): value is FundLevel {
  return typeof value === "string" && (FUND_LEVELS as readonly string[]).includes(value);
}

/**
 * An exact ratio of two integers. Kept as a fraction, not a float, so that "1,5 lần" times a cap in đồng
 * stays exact and can be rounded down deliberately.
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * A cap defined as a multiple of another norm's cap. The law writes some caps this way (TT 28/2018/TT-BTC
 * Điều 8 khoản 4: a technology line may get up to 1,5 times the machinery cap), and keeping the rule rather
 * than the product means that replacing the machinery cap by configuration moves the line's cap with it.
 */
export interface CapRule {
  /** Id of the norm whose cap is multiplied: same fund level, in force for at least this norm's whole period. */
  readonly multiplierOf: string;
  readonly factor: Fraction;
}

/**
 * One version of a support norm (định mức / mức hỗ trợ): how much of an activity's eligible cost the given
 * fund may pay, with the legal text it comes from and how far that was checked. Norms change over time;
 * a new version is a new `Norm` with its own id and validity period, so a past decision can be judged by
 * the norm in force on its date.
 */
export interface Norm {
  /** Stable identifier, e.g. "KCQG.MACHINERY.2018": fund, activity kind, year the version starts. */
  readonly id: string;
  readonly activityKind: ActivityKind;
  readonly fundLevel: FundLevel;
  /** Maximum share of the eligible cost; `null` when the text states no rate (only the cap limits). */
  readonly rate: BasisPoints | null;
  /**
   * Maximum amount per {@link capBasis}; `null` when there is no fixed cap (no ceiling, a bid price, or a
   * cap given by {@link capRule}).
   */
  readonly cap: Dong | null;
  /** What one cap is counted per, in Vietnamese: "mỗi mô hình", "mỗi cơ sở", "theo giá trúng thầu"… */
  readonly capBasis: string;
  /** Cap derived from another norm's cap; when set, {@link cap} must be `null`. */
  readonly capRule?: CapRule;
  /** Vietnamese name of what is supported, as the admin app shows it. */
  readonly label: string;
  readonly citation: Citation;
  /** First day in force, `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** Last day in force (inclusive), `YYYY-MM-DD`; `null` while no replacing text is known. */
  readonly validTo: string | null;
  /** How far the *values* (rate, cap) were checked against a text in force. */
  readonly status: VerificationStatus;
}
