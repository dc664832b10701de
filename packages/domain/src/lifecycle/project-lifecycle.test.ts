import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../roles/role.js";
import {
  availableActions,
  checkTransition,
  PROJECT_ACTIONS,
  PROJECT_STATES,
  type ProjectAction,
  type ProjectFacts,
  type ProjectState,
  TERMINAL_STATES,
  type TransitionInput,
} from "./project-lifecycle.js";

const commune = { userId: "commune-1", role: "COMMUNE_OFFICER" as Role };
const appraiser = { userId: "dept-1", role: "DEPARTMENT" as Role };
const approver = { userId: "dept-2", role: "DEPARTMENT" as Role };
const treasury = { userId: "kb-1", role: "TREASURY" as Role };
const finance = { userId: "stc-1", role: "FINANCE" as Role };

const facts = (state: ProjectState, over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  state,
  activityCount: 1,
  budgetLineCount: 2,
  appraisedBy: null,
  hasAcceptance: false,
  ...over,
});

describe("the đề án lifecycle", () => {
  it("walks a đề án from draft to closed with the right people and records", () => {
    const steps: [
      ProjectState,
      ProjectAction,
      typeof commune,
      TransitionInput,
      Partial<ProjectFacts>,
      ProjectState,
    ][] = [
      ["DRAFT", "SUBMIT", commune, {}, {}, "SUBMITTED"],
      [
        "SUBMITTED",
        "APPRAISE",
        appraiser,
        { appraisal: { date: "2026-06-01", opinion: "Đạt" } },
        {},
        "APPRAISED",
      ],
      [
        "APPRAISED",
        "APPROVE",
        approver,
        { decision: { number: "123/QĐ-UBND", date: "2026-07-01" } },
        { appraisedBy: "dept-1" },
        "APPROVED",
      ],
      [
        "APPROVED",
        "SIGN_CONTRACT",
        approver,
        { contract: { number: "01/HĐ-KC", date: "2026-07-10" } },
        {},
        "CONTRACTED",
      ],
      [
        "CONTRACTED",
        "RECORD_ADVANCE",
        treasury,
        { advance: { date: "2026-07-20", amount: 70_000_000 } },
        {},
        "ADVANCED",
      ],
      ["ADVANCED", "START", commune, {}, {}, "IN_PROGRESS"],
      ["IN_PROGRESS", "REQUEST_ADJUSTMENT", commune, { reason: "Đổi nhà cung cấp máy" }, {}, "ADJUSTING"],
      [
        "ADJUSTING",
        "APPROVE_ADJUSTMENT",
        approver,
        { decision: { number: "5/QĐ-SCT", date: "2026-09-01" } },
        {},
        "IN_PROGRESS",
      ],
      [
        "IN_PROGRESS",
        "ACCEPT",
        appraiser,
        { acceptance: { date: "2026-11-01", outputCount: 1 } },
        {},
        "ACCEPTED",
      ],
      [
        "ACCEPTED",
        "SETTLE",
        finance,
        { settlement: { date: "2026-12-15", amount: 100_000_000 } },
        { hasAcceptance: true },
        "SETTLED",
      ],
      ["SETTLED", "CLOSE", approver, {}, {}, "CLOSED"],
    ];
    for (const [state, action, actor, input, over, to] of steps) {
      const result = checkTransition(facts(state, over), action, actor, input);
      expect(result, `${action} from ${state}`).toMatchObject({ allowed: true, from: state, to });
    }
  });

  it("refuses a transition from the wrong state and says from which states it is possible", () => {
    const result = checkTransition(facts("DRAFT"), "APPROVE", approver, {});
    expect(result.allowed).toBe(false);
    if (result.allowed) return;
    expect(result.problems[0]?.code).toBe("INVALID_TRANSITION");
    expect(result.problems[0]?.message).toContain("Đang lập");
    expect(result.problems[0]?.message).toContain("Đã thẩm định");
  });

  it("refuses a role that may not make the transition", () => {
    const result = checkTransition(facts("SUBMITTED"), "APPRAISE", commune, {
      appraisal: { date: "2026-06-01", opinion: "Đạt" },
    });
    expect(result).toMatchObject({ allowed: false, problems: [{ code: "FORBIDDEN" }] });
    expect(checkTransition(facts("SUBMITTED"), "APPRAISE", { userId: "a", role: "ADMIN" }, {}).allowed).toBe(
      false,
    );
  });

  it("requires a reason for a return, a rejection and a stop", () => {
    for (const [state, action] of [
      ["SUBMITTED", "RETURN"],
      ["APPRAISED", "REJECT"],
      ["IN_PROGRESS", "STOP"],
    ] as const) {
      const refused = checkTransition(facts(state), action, approver, { reason: "   " });
      expect(refused).toMatchObject({
        allowed: false,
        problems: [{ code: "BAD_USER_INPUT", field: "reason" }],
      });
      expect(checkTransition(facts(state), action, approver, { reason: "Hồ sơ thiếu báo giá" }).allowed).toBe(
        true,
      );
    }
  });

  it("requires an appraisal on file before approval, and forbids the appraiser to approve", () => {
    const noAppraisal = checkTransition(facts("APPRAISED"), "APPROVE", approver, {
      decision: { number: "1/QĐ", date: "2026-07-01" },
    });
    expect(noAppraisal).toMatchObject({ allowed: false, problems: [{ code: "INVALID_TRANSITION" }] });
    const sameHands = checkTransition(facts("APPRAISED", { appraisedBy: "dept-1" }), "APPROVE", appraiser, {
      decision: { number: "1/QĐ", date: "2026-07-01" },
    });
    expect(sameHands).toMatchObject({ allowed: false, problems: [{ code: "FORBIDDEN" }] });
  });

  it("requires acceptance before settlement", () => {
    const result = checkTransition(facts("ACCEPTED"), "SETTLE", finance, {
      settlement: { date: "2026-12-15", amount: 1 },
    });
    expect(result).toMatchObject({ allowed: false, problems: [{ code: "INVALID_TRANSITION" }] });
  });

  it("names every missing field of an approval decision", () => {
    const result = checkTransition(facts("APPRAISED", { appraisedBy: "dept-1" }), "APPROVE", approver, {
      decision: { number: "", date: "01/07/2026" },
    });
    expect(result.allowed).toBe(false);
    if (result.allowed) return;
    expect(result.problems.map((p) => p.field)).toEqual(["decision.number", "decision.date"]);
  });

  it("refuses to submit a đề án without activities or budget", () => {
    const result = checkTransition(
      facts("DRAFT", { activityCount: 0, budgetLineCount: 0 }),
      "SUBMIT",
      commune,
    );
    expect(result.allowed).toBe(false);
    if (result.allowed) return;
    expect(result.problems.map((p) => p.field)).toEqual(["activities", "budgetLines"]);
  });

  it("ends only in closed, rejected or stopped", () => {
    expect([...TERMINAL_STATES].sort()).toEqual(["CLOSED", "REJECTED", "STOPPED"]);
  });

  it("offers the buttons of the role in the state", () => {
    expect(availableActions("SUBMITTED", "DEPARTMENT")).toEqual(["RETURN", "APPRAISE", "REJECT"]);
    expect(availableActions("SUBMITTED", "COMMUNE_OFFICER")).toEqual([]);
    expect(availableActions("CONTRACTED", "TREASURY")).toEqual(["RECORD_ADVANCE"]);
    expect(availableActions("DRAFT", "ANALYST")).toEqual([]);
  });

  it("never allows what the state or the role forbids, and always explains a refusal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROJECT_STATES),
        fc.constantFrom(...PROJECT_ACTIONS),
        fc.constantFrom(...ROLES),
        fc.boolean(),
        (state, action, role, fullInput) => {
          const input: TransitionInput = fullInput
            ? {
                reason: "Lý do",
                appraisal: { date: "2026-01-02", opinion: "Đạt" },
                decision: { number: "1", date: "2026-01-02" },
                contract: { number: "1", date: "2026-01-02" },
                advance: { date: "2026-01-02", amount: 1 },
                acceptance: { date: "2026-01-02", outputCount: 1 },
                settlement: { date: "2026-01-02", amount: 0 },
              }
            : {};
          const result = checkTransition(
            facts(state, { appraisedBy: "someone-else", hasAcceptance: true }),
            action,
            { userId: "u", role },
            input,
          );
          if (result.allowed) {
            const factOnly = ["ACTIVITIES_AND_BUDGET", "APPRAISAL_ON_FILE", "ACCEPTANCE_ON_FILE"];
            const inputSatisfied = fullInput || result.rule.requires.every((r) => factOnly.includes(r));
            return availableActions(state, role).includes(action) && inputSatisfied;
          }
          return result.problems.length > 0 && result.problems.every((p) => p.message.length > 0);
        },
      ),
    );
  });
});
