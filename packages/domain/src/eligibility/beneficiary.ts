import type { BeneficiaryKind } from "../activities/activity-kind.js";
import type { Facility, LegalForm } from "../facilities/facility.js";

/** Vietnamese name of each kind of beneficiary, worded as NĐ 45 Điều 1 khoản 2 (NĐ 235/2025) names them. */
export const BENEFICIARY_KIND_LABELS: Readonly<Record<BeneficiaryKind, string>> = {
  RURAL_ESTABLISHMENT: "cơ sở công nghiệp nông thôn",
  CLEANER_PRODUCTION_ESTABLISHMENT:
    "cơ sở sản xuất công nghiệp áp dụng sản xuất sạch hơn, sản xuất và tiêu dùng bền vững",
  CLUSTER_INFRASTRUCTURE_INVESTOR: "doanh nghiệp, hợp tác xã là chủ đầu tư hạ tầng cụm công nghiệp",
  ARTISAN: "nghệ nhân nhân dân, nghệ nhân ưu tú nghề thủ công mỹ nghệ",
};

/** Forms NĐ 45 Điều 1 khoản 2 điểm a lists for a rural industrial establishment (an individual is not one). */
export const RURAL_ESTABLISHMENT_FORMS: readonly LegalForm[] = [
  "ENTERPRISE",
  "COOPERATIVE",
  "UNION_OF_COOPERATIVES",
  "COOPERATIVE_GROUP",
  "HOUSEHOLD_BUSINESS",
];

/**
 * Point b names only "doanh nghiệp, hợp tác xã" as cluster-infrastructure investors; a union of
 * cooperatives is a distinct form under the 2023 Cooperative Law, so it is not read into the text.
 */
export const CLUSTER_INVESTOR_FORMS: readonly LegalForm[] = ["ENTERPRISE", "COOPERATIVE"];

/**
 * The kinds of beneficiary a facility can be by its legal form and status alone, before size, place
 * and sector are tested. A facility may be several (a cooperative that applies cleaner production is
 * both a rural establishment and a cleaner-production establishment).
 */
export function beneficiaryKindsOf(facility: Facility): BeneficiaryKind[] {
  const kinds: BeneficiaryKind[] = [];
  if (RURAL_ESTABLISHMENT_FORMS.includes(facility.legalForm)) kinds.push("RURAL_ESTABLISHMENT");
  // A cleaner-production establishment is a producing unit; a bare individual is not one.
  if (facility.appliesCleanerProduction && facility.legalForm !== "INDIVIDUAL") {
    kinds.push("CLEANER_PRODUCTION_ESTABLISHMENT");
  }
  if (facility.isClusterInfrastructureInvestor && CLUSTER_INVESTOR_FORMS.includes(facility.legalForm)) {
    kinds.push("CLUSTER_INFRASTRUCTURE_INVESTOR");
  }
  if (facility.artisan?.isHandicraft === true) kinds.push("ARTISAN");
  return kinds;
}
