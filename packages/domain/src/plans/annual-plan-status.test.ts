import { describe, expect, it } from "vitest";
import {
  APPROVED_PLAN_STATUS,
  OPEN_PLAN_STATUS,
  PLAN_STATUS_LABELS,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
} from "./annual-plan-status.js";

describe("annual plan states", () => {
  it("open, consolidate and approve in that order; reopening goes back one step", () => {
    expect(PLAN_STATUSES).toEqual([OPEN_PLAN_STATUS, "CONSOLIDATED", APPROVED_PLAN_STATUS]);
    expect(PLAN_TRANSITIONS.reopen).toMatchObject({ from: "CONSOLIDATED", to: OPEN_PLAN_STATUS });
    // Nothing leaves the approved state: it is locked for good.
    expect(
      Object.values(PLAN_TRANSITIONS).filter((t) => (t.from as string) === APPROVED_PLAN_STATUS),
    ).toEqual([]);
    for (const status of PLAN_STATUSES) expect(PLAN_STATUS_LABELS[status]).toMatch(/\S/);
  });
});
