export {
  BENEFICIARY_KIND_LABELS,
  beneficiaryKindsOf,
  CLUSTER_INVESTOR_FORMS,
  RURAL_ESTABLISHMENT_FORMS,
} from "./beneficiary.js";
export {
  type ActivityDetails,
  checkEligibility,
  type EligibilityInput,
  type EligibilityOptions,
  type EligibilityResult,
  MAX_OVERSEAS_FAIRS_PER_YEAR,
  type MachineryDetails,
} from "./check-eligibility.js";
export { ELIGIBILITY_CITATIONS, ND_235_IN_FORCE_FROM } from "./citations.js";
export { CRITERION_CODES, CRITERION_LABELS, type CriterionCode, type CriterionResult } from "./criterion.js";
export {
  classifyEnterpriseSize,
  ENTERPRISE_SIZE_CLASS_LABELS,
  ENTERPRISE_SIZE_CLASSES,
  type EnterpriseSizeClass,
  type EnterpriseSizeClassification,
  SME_LIMITS,
  SME_SIZE_CITATION,
  type SizeBasis,
  type SmeClass,
  type SmeLimits,
} from "./enterprise-size.js";
