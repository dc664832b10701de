import { describe, expect, it } from "vitest";
import { PROJECT_STATES } from "../lifecycle/index.js";
import { PAYMENT_KIND_STATES, PAYMENT_KINDS, paymentKindForState } from "./payment-kind.js";

describe("which payment a đề án may ask for", () => {
  it("asks advances from the contract until acceptance, a payment once accepted, the rest once settled", () => {
    expect(paymentKindForState("CONTRACTED")).toBe("ADVANCE");
    expect(paymentKindForState("ADJUSTING")).toBe("ADVANCE");
    expect(paymentKindForState("ACCEPTED")).toBe("PAYMENT");
    expect(paymentKindForState("SETTLED")).toBe("FINAL");
    for (const state of [
      "DRAFT",
      "SUBMITTED",
      "APPRAISED",
      "APPROVED",
      "CLOSED",
      "REJECTED",
      "STOPPED",
    ] as const)
      expect(paymentKindForState(state), state).toBeNull();
  });

  it("allows at most one kind in any state", () => {
    for (const state of PROJECT_STATES) {
      expect(
        PAYMENT_KINDS.filter((k) => PAYMENT_KIND_STATES[k].includes(state)).length,
        state,
      ).toBeLessThanOrEqual(1);
    }
  });
});
