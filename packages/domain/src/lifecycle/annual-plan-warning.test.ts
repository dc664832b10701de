import { describe, expect, it } from "vitest";
import { checkTransition, type ProjectFacts, transitionWarnings } from "./project-lifecycle.js";

const appraised: ProjectFacts = {
  state: "APPRAISED",
  activityCount: 1,
  budgetLineCount: 1,
  appraisedBy: "nguoi-tham-dinh",
  hasAcceptance: false,
};
const approver = { userId: "nguoi-phe-duyet", role: "DEPARTMENT" as const };
const decision = { decision: { number: "12/QĐ-UBND", date: "2026-04-01" } };

describe("an annual plan before approving a đề án (docs/decisions.md)", () => {
  it("warns, without refusing, when the year has no plan or its plan is not approved", () => {
    const none = checkTransition(
      { ...appraised, annualPlan: { year: 2026, status: null } },
      "APPROVE",
      approver,
      decision,
    );
    expect(none.allowed).toBe(true);
    expect(none.allowed && none.warnings).toMatchObject([
      {
        code: "NO_ANNUAL_PLAN",
        message: expect.stringContaining("năm 2026"),
        citation: { article: "Điều 2" },
      },
    ]);
    const open = checkTransition(
      { ...appraised, annualPlan: { year: 2027, status: "OPEN" } },
      "APPROVE",
      approver,
      decision,
    );
    expect(open.allowed && open.warnings.map((w) => w.code)).toEqual(["ANNUAL_PLAN_NOT_APPROVED"]);
  });

  it("says nothing when the plan is approved, when the plan was not looked up, or for another action", () => {
    const approved = checkTransition(
      { ...appraised, annualPlan: { year: 2026, status: "APPROVED" } },
      "APPROVE",
      approver,
      decision,
    );
    expect(approved.allowed && approved.warnings).toEqual([]);
    expect(transitionWarnings(appraised, "APPROVE")).toEqual([]);
    expect(transitionWarnings({ ...appraised, annualPlan: { year: 2026, status: null } }, "REJECT")).toEqual(
      [],
    );
  });
});
