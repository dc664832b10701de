/*
 * Bounds of what a user may type, stated once: the API refuses beyond them and the admin app checks the
 * same numbers at the field, so the user learns at the field rather than from a round trip (issue 12: the
 * admin app had copies). They are not legal values: they keep nonsense and accidents out (a mistyped
 * extra zero, a pasted document) and every sum well inside JavaScript's safe integers.
 */

/** Annual plan registrations (apps/api/src/plans/plan.args.ts). */
export const PLAN_LIMITS = {
  /** Planned quantity of one registered activity, in its target line's unit. */
  maxQuantity: 1_000_000,
  /** Estimated cost of one registered activity, đồng: 1.000 tỷ, far above any one activity. */
  maxEstimatedCost: 1_000_000_000_000,
  /** Characters of a registration's note. */
  maxNote: 2000,
  /** Characters of an approving decision's number, e.g. `123/QĐ-UBND`. */
  maxDecisionNumber: 64,
  /** Characters of the reason a plan is reopened. */
  maxReason: 1000,
} as const;

/** Đề án and their parts (apps/api/src/projects/project.args.ts). */
export const PROJECT_LIMITS = {
  /** Characters of a đề án's title. */
  maxTitle: 500,
  /** Characters of its objective. */
  maxObjective: 10_000,
  /** Characters of an activity's description. */
  maxActivityDescription: 5_000,
  /** Characters of a budget line's cost item. */
  maxCostItem: 300,
  /** Characters of an appraisal's opinion (ý kiến thẩm định). */
  maxOpinion: 10_000,
  /** Characters of a reason (return, reject, stop, adjustment, a double-support justification). */
  maxReason: 5_000,
  /** Characters of an act's number (decision, contract). */
  maxActNumber: 64,
} as const;
