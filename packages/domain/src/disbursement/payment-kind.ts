import type { ProjectState } from "../lifecycle/index.js";

/** What the Treasury is asked to pay: an advance, a payment after acceptance, or the rest after settlement. */
export const PAYMENT_KINDS = ["ADVANCE", "PAYMENT", "FINAL"] as const;

export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/**
 * The states in which each kind may be asked for: advances once the contract is signed and while the work
 * goes on (an adjustment is still the work), a payment on the accepted work, the final payment on what the
 * settlement left to pay. Each state allows at most one kind.
 */
export const PAYMENT_KIND_STATES: Readonly<Record<PaymentKind, readonly ProjectState[]>> = {
  ADVANCE: ["CONTRACTED", "ADVANCED", "IN_PROGRESS", "ADJUSTING"],
  PAYMENT: ["ACCEPTED"],
  FINAL: ["SETTLED"],
};

/** The kind of payment a đề án in `state` may ask for; null when none. */
export function paymentKindForState(state: ProjectState): PaymentKind | null {
  return PAYMENT_KINDS.find((kind) => PAYMENT_KIND_STATES[kind].includes(state)) ?? null;
}
