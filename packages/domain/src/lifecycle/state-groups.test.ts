import { describe, expect, it } from "vitest";
import { PROJECT_STATES } from "./project-lifecycle.js";
import { committedSupport, STATE_GROUPS, stateGroupOf } from "./state-groups.js";

describe("state groups", () => {
  it("place every lifecycle state in exactly one group", () => {
    for (const state of PROJECT_STATES) {
      const groups = Object.entries(STATE_GROUPS).filter(([, states]) => states.includes(state));
      expect(
        groups.map(([g]) => g),
        state,
      ).toEqual([stateGroupOf(state)]);
    }
    expect(Object.values(STATE_GROUPS).flat().length).toBe(PROJECT_STATES.length);
  });

  it("commit approved support, final support once settled, only what was paid once stopped", () => {
    const p = { approvedSupport: 100, finalSupport: null, paid: 30 };
    expect(committedSupport({ ...p, state: "SUBMITTED" })).toBe(0);
    expect(committedSupport({ ...p, state: "IN_PROGRESS" })).toBe(100);
    expect(committedSupport({ ...p, state: "SETTLED", finalSupport: 80 })).toBe(80);
    expect(committedSupport({ ...p, state: "STOPPED" })).toBe(30);
    expect(committedSupport({ ...p, state: "REJECTED" })).toBe(0);
  });
});
