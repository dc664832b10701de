import { FUND_SOURCE_LABELS, FUND_SOURCES, type FundSource } from "@khuyencong/domain";
import type { Translate } from "./i18n";

const FUND_SOURCE_EN: Readonly<Record<FundSource, string>> = {
  NATIONAL_FUND: "National industrial-extension fund",
  CITY_BUDGET: "City budget (local industrial extension)",
  COUNTERPART: "Establishment's counterpart funds",
  INTEGRATED: "Funds integrated from other programmes",
  OTHER: "Other lawful sources",
};

/** A fund source's name in the user's language (Vietnamese names are the decision's). */
export function fundSourceLabel(t: Translate, fund: FundSource): string {
  return t(FUND_SOURCE_LABELS[fund], FUND_SOURCE_EN[fund]);
}

/** The fund sources as Select options, in the decision's order. */
export function fundSourceOptions(t: Translate): { value: FundSource; label: string }[] {
  return FUND_SOURCES.map((f) => ({ value: f, label: fundSourceLabel(t, f) }));
}

/** The programme's years. */
export const PROGRAMME_YEARS = [2026, 2027, 2028, 2029, 2030] as const;
