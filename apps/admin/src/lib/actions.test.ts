import { describe, expect, it } from "vitest";
import { actionForms, buildMutation, validate } from "./actions";

describe("the transition forms", () => {
  it("offers a form per available action, never the Treasury's advance as a button", () => {
    expect(actionForms(["RETURN", "APPRAISE", "REJECT"]).map((f) => f.label)).toEqual([
      "Trả lại để bổ sung",
      "Ghi kết quả thẩm định",
      "Không phê duyệt",
    ]);
    expect(actionForms(["RECORD_ADVANCE"])).toEqual([]);
  });

  it("asks for every required field and a real date before sending", () => {
    const [appraise] = actionForms(["APPRAISE"]);
    expect(validate(appraise!, { appraisedOn: "01/04/2026", opinion: " " })).toEqual({
      appraisedOn: "Ngày không hợp lệ",
      opinion: "Vui lòng nhập ý kiến thẩm định",
    });
    expect(validate(appraise!, { appraisedOn: "2026-04-01", opinion: "Đạt" })).toEqual({});
  });

  it("builds the mutation with only the filled fields, and the outputs of an acceptance", () => {
    const [approve] = actionForms(["APPROVE"]);
    const m = buildMutation(approve!, "p1", 3, {
      decisionNumber: " 12/QĐ ",
      decisionDate: "2026-04-20",
      doubleSupportJustification: "",
    });
    expect(m.variables).toEqual({
      projectId: "p1",
      version: 3,
      decisionNumber: "12/QĐ",
      decisionDate: "2026-04-20",
    });
    expect(m.query).toContain(
      "approveProject(projectId: $projectId, version: $version, decisionNumber: $decisionNumber, decisionDate: $decisionDate)",
    );
    expect(m.query).not.toContain("doubleSupportJustification");
    const [accept] = actionForms(["ACCEPT"]);
    const a = buildMutation(accept!, "p1", 9, { acceptedOn: "2026-10-01" }, [
      { activityId: "a1", actualQuantity: 2 },
    ]);
    expect(a.variables.outputs).toEqual([{ activityId: "a1", actualQuantity: 2 }]);
    expect(a.query).toContain("$outputs: [AcceptedOutputInput!]!");
  });
});
