import type { Citation } from "../legal/citation.js";

/**
 * Stable codes of the eligibility criteria, in the order they are reported. API clients and stored
 * decisions refer to these codes, so they are never renamed.
 */
export const CRITERION_CODES = [
  "APPLICABLE_RULES",
  "SUBJECT_KIND",
  "ENTERPRISE_SIZE",
  "PRODUCTION_SITE",
  "SECTOR",
  "SECTOR_EXCLUSION",
  "ACTIVITY_CONDITION",
] as const;

/** Code of one eligibility criterion. */
export type CriterionCode = (typeof CRITERION_CODES)[number];

/** Vietnamese heading of each criterion, as the admin app lists them. */
export const CRITERION_LABELS: Readonly<Record<CriterionCode, string>> = {
  APPLICABLE_RULES: "Văn bản áp dụng",
  SUBJECT_KIND: "Đối tượng thụ hưởng",
  ENTERPRISE_SIZE: "Quy mô doanh nghiệp nhỏ và vừa",
  PRODUCTION_SITE: "Địa điểm sản xuất",
  SECTOR: "Ngành nghề được hỗ trợ",
  SECTOR_EXCLUSION: "Trường hợp loại trừ (lò gạch đất sét nung)",
  ACTIVITY_CONDITION: "Điều kiện riêng của hoạt động",
};

/** One criterion's verdict, explained. */
export interface CriterionResult {
  readonly code: CriterionCode;
  /**
   * `true` passed, `false` failed (the facility is then not eligible), `null` does not decide: the
   * criterion does not apply to this facility or activity, is a notice, or needs data that was not
   * given and must be checked when the đề án is appraised (the reason says which).
   */
  readonly passed: boolean | null;
  /** A Vietnamese sentence a commune officer understands, with the facts it rests on. */
  readonly reason: string;
  /** Where the rule comes from, with its verification status. */
  readonly citation: Citation;
}
