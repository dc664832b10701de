import { describe, expect, it } from "vitest";
import { PROJECT_STATES } from "./project-lifecycle.js";
import {
  ACHIEVED_STATES,
  committedSupport,
  DECIDED_STATES,
  EDITABLE_STATES,
  EVIDENCE_WITHDRAWABLE_STATES,
  FILE_CLOSED_STATES,
  INITIAL_STATE,
  LIVE_DECIDED_STATES,
  PIPELINE_STATES,
  STATE_GROUPS,
  STOPPED_STATES,
  stateGroupOf,
} from "./state-groups.js";
import { TRANSITION_RULES } from "./project-lifecycle.js";

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

  it("split the decided states into pipeline, achieved and stopped, with no overlap", () => {
    const parts = [...PIPELINE_STATES, ...ACHIEVED_STATES, ...STOPPED_STATES];
    expect(new Set(parts).size).toBe(parts.length);
    expect([...parts].sort()).toEqual([...DECIDED_STATES].sort());
    expect([...LIVE_DECIDED_STATES].sort()).toEqual([...PIPELINE_STATES, ...ACHIEVED_STATES].sort());
  });

  it("classify every state in every named group (the table a reader checks against the procedure)", () => {
    const groups = {
      DECIDED: DECIDED_STATES,
      PIPELINE: PIPELINE_STATES,
      ACHIEVED: ACHIEVED_STATES,
      STOPPED: STOPPED_STATES,
      EDITABLE: EDITABLE_STATES,
      FILE_CLOSED: FILE_CLOSED_STATES,
      EVIDENCE_WITHDRAWABLE: EVIDENCE_WITHDRAWABLE_STATES,
    } as const;
    const table = Object.fromEntries(
      PROJECT_STATES.map((state) => [
        state,
        Object.entries(groups)
          .filter(([, states]) => (states as readonly string[]).includes(state))
          .map(([name]) => name),
      ]),
    );
    expect(table).toEqual({
      DRAFT: ["EDITABLE", "EVIDENCE_WITHDRAWABLE"],
      SUBMITTED: [],
      APPRAISED: [],
      APPROVED: ["DECIDED", "PIPELINE"],
      CONTRACTED: ["DECIDED", "PIPELINE"],
      ADVANCED: ["DECIDED", "PIPELINE"],
      IN_PROGRESS: ["DECIDED", "PIPELINE", "EVIDENCE_WITHDRAWABLE"],
      ADJUSTING: ["DECIDED", "PIPELINE", "EVIDENCE_WITHDRAWABLE"],
      ACCEPTED: ["DECIDED", "ACHIEVED"],
      SETTLED: ["DECIDED", "ACHIEVED"],
      CLOSED: ["DECIDED", "ACHIEVED", "FILE_CLOSED"],
      REJECTED: ["FILE_CLOSED"],
      STOPPED: ["DECIDED", "STOPPED"],
    });
  });

  it("agree with the lifecycle: decided is what APPROVE reaches and what follows; drafts start and stay editable", () => {
    expect(stateGroupOf(TRANSITION_RULES.APPROVE.to)).toBe("DECIDED");
    expect(stateGroupOf(TRANSITION_RULES.REJECT.to)).toBe("REFUSED");
    expect(TRANSITION_RULES.SUBMIT.from).toEqual([INITIAL_STATE]);
    expect(TRANSITION_RULES.RETURN.to).toBe(INITIAL_STATE);
    expect(STOPPED_STATES).toEqual([TRANSITION_RULES.STOP.to]);
  });
});
