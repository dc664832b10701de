import type { Citation } from "./citation.js";

/**
 * Why a rule refuses something, the way `checkTransition` explains a refused transition: a code the API
 * maps to its error code, the input field concerned, a Vietnamese message the user can act on, and the
 * legal text the rule comes from where there is one (its status says how far it was checked; a bound that
 * is the application's own, not the law's, has none).
 */
export interface RuleProblem {
  readonly code: "BAD_USER_INPUT" | "CONFLICT" | "INVALID_TRANSITION" | "FORBIDDEN";
  /** The input field concerned, relative to the rule's input (the API prefixes its own path). */
  readonly field?: string;
  /** Vietnamese, actionable. */
  readonly message: string;
  readonly citation?: Citation;
}
