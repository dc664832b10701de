export {
  type SupportBound,
  type SupportQuery,
  type SupportResult,
  computeSupport,
} from "./compute-support.js";
export { findNorm, type NormQuery } from "./find-norm.js";
export {
  type CapRule,
  FUND_LEVEL_LABELS,
  FUND_LEVELS,
  type Fraction,
  type FundLevel,
  isFundLevel,
  type Norm,
} from "./norm.js";
export { createNormTable, InvalidNormError, type NormTable } from "./norm-table.js";
export { formatFactor, resolveCap } from "./resolve-cap.js";
export { NQ_13_2025_HP_VALID_FROM, SEED_NORMS, TT_28_2018_VALID_FROM } from "./seed-norms.js";
