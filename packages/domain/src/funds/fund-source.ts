import type { FundLevel } from "../norms/norm.js";

/**
 * Where the money of the programme comes from (decision, mục V.1): the national khuyến công fund, the
 * city budget, the establishments' own counterpart funds, funds integrated from other programmes, and
 * other lawful sources.
 */
export const FUND_SOURCES = ["NATIONAL_FUND", "CITY_BUDGET", "COUNTERPART", "INTEGRATED", "OTHER"] as const;

export type FundSource = (typeof FUND_SOURCES)[number];

/** Vietnamese names of the fund sources. */
export const FUND_SOURCE_LABELS: Readonly<Record<FundSource, string>> = {
  NATIONAL_FUND: "Kinh phí khuyến công quốc gia",
  CITY_BUDGET: "Ngân sách thành phố (khuyến công địa phương)",
  COUNTERPART: "Vốn đối ứng của cơ sở",
  INTEGRATED: "Vốn lồng ghép từ chương trình, dự án khác",
  OTHER: "Nguồn huy động hợp pháp khác",
};

/**
 * The norm level a state fund source is judged by: the national fund by national norms (TT 28/2018),
 * the city budget by the city's (NQ 13/2025/NQ-HĐND). Other sources are not state khuyến công support
 * and have no norm: `null`.
 */
export function normLevelOf(source: FundSource): FundLevel | null {
  switch (source) {
    case "NATIONAL_FUND":
      return "NATIONAL";
    case "CITY_BUDGET":
      return "LOCAL";
    default:
      return null;
  }
}

/** True when `value` is one of {@link FUND_SOURCES}. */
export function isFundSource(value: unknown): value is FundSource {
  return typeof value === "string" && (FUND_SOURCES as readonly string[]).includes(value);
}
