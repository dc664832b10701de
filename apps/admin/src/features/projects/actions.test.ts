import {
  type Capability,
  can,
  type ProjectFacts,
  type ProjectState,
  type Role,
  ROLE_LABELS,
} from "@khuyencong/domain";
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { actionForms, lifecycleFor, mutationVariables, validate } from "./actions";

const en = (_vi: string, en: string) => en;

describe("the transition forms", () => {
  it("offers a form per available action, never the Treasury's advance as a button", () => {
    expect(actionForms(["RETURN", "APPRAISE", "REJECT"]).map((f) => f.label)).toEqual([
      "Trả lại để bổ sung",
      "Ghi kết quả thẩm định",
      "Không phê duyệt",
    ]);
    expect(actionForms(["RECORD_ADVANCE"])).toEqual([]);
  });

  it("marks the destructive ones, which are confirmed before they are sent", () => {
    const danger = actionForms(["SUBMIT", "RETURN", "REJECT", "STOP", "APPROVE"]).filter((f) => f.danger);
    expect(danger.map((f) => f.action)).toEqual(["RETURN", "REJECT", "STOP"]);
  });

  it("asks for every required field and a real date before sending, in the user's language", () => {
    const [appraise] = actionForms(["APPRAISE"]);
    expect(validate(appraise!, { appraisedOn: "01/04/2026", opinion: " " })).toEqual({
      appraisedOn: "Ngày không hợp lệ",
      opinion: "Vui lòng nhập ý kiến thẩm định",
    });
    expect(validate(appraise!, { opinion: "" }, en)).toEqual({
      appraisedOn: "Enter the appraisal date",
      opinion: "Enter the appraisal opinion",
    });
    expect(validate(appraise!, { appraisedOn: "2026-04-01", opinion: "Đạt" })).toEqual({});
  });

  it("sends only the filled fields, and the outputs of an acceptance, to the transition's own mutation", () => {
    const [approve] = actionForms(["APPROVE"]);
    expect(
      mutationVariables(approve!, "p1", 3, {
        decisionNumber: " 12/QĐ ",
        decisionDate: "2026-04-20",
        doubleSupportJustification: "",
      }),
    ).toEqual({ projectId: "p1", version: 3, decisionNumber: "12/QĐ", decisionDate: "2026-04-20" });
    expect(print(approve!.document)).toContain("approveProject(");
    const [accept] = actionForms(["ACCEPT"]);
    const a = mutationVariables(accept!, "p1", 9, { acceptedOn: "2026-10-01" }, [
      { activityId: "a1", actualQuantity: 2 },
    ]);
    expect(a.outputs).toEqual([{ activityId: "a1", actualQuantity: 2 }]);
    expect(print(accept!.document)).toContain("$outputs: [AcceptedOutputInput!]!");
  });
});

describe("the lifecycle on a đề án's page", () => {
  const facts = (state: ProjectState, over: Partial<ProjectFacts> = {}): ProjectFacts => ({
    state,
    activityCount: 1,
    budgetLineCount: 1,
    appraisedBy: null,
    hasAcceptance: false,
    ...over,
  });
  const as = (role: Role, userId = "u1") => [{ userId, role }, (c: Capability) => can(role, c)] as const;

  it("disables the approval, with the reason, for whoever recorded the appraisal", () => {
    const mine = lifecycleFor(facts("APPRAISED", { appraisedBy: "u1" }), ...as("DEPARTMENT"));
    const approve = mine.buttons.find((b) => b.form.action === "APPROVE");
    expect(approve?.blocked).toMatch(/Người đã thẩm định đề án không được ghi phê duyệt/);
    const other = lifecycleFor(facts("APPRAISED", { appraisedBy: "u9" }), ...as("DEPARTMENT"));
    expect(other.buttons.find((b) => b.form.action === "APPROVE")?.blocked).toBeNull();
  });

  it("disables sending a draft without activities or budget, saying what is missing", () => {
    const { buttons } = lifecycleFor(
      facts("DRAFT", { activityCount: 0, budgetLineCount: 0 }),
      ...as("COMMUNE_OFFICER"),
    );
    expect(buttons.map((b) => b.form.action)).toEqual(["SUBMIT"]);
    expect(buttons[0]?.blocked).toMatch(/ít nhất một nội dung hoạt động/);
  });

  it("shows no button for another's step, and names the capability it needs", () => {
    const { buttons, others } = lifecycleFor(facts("SUBMITTED"), ...as("COMMUNE_OFFICER"));
    expect(buttons).toEqual([]);
    expect(others).toHaveLength(1);
    expect(others[0]?.labels).toEqual(["Trả lại để bổ sung", "Ghi kết quả thẩm định", "Không phê duyệt"]);
    expect(others[0]?.who).toBe(ROLE_LABELS.DEPARTMENT);
    expect(lifecycleFor(facts("SUBMITTED"), ...as("TREASURY")).buttons).toEqual([]);
  });
});
