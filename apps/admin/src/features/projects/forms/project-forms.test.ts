import { describe, expect, it } from "vitest";
import {
  activityInput,
  type ProjectHeaderValues,
  validateActivity,
  validateBudgetLine,
  validateProjectHeader,
} from "./project-forms";

const vi = (v: string) => v;
const header: ProjectHeaderValues = {
  title: "Hỗ trợ máy cán bánh đa",
  year: 2026,
  fundSource: "CITY_BUDGET",
  communeCode: "xa-an-hung",
  proposedOn: "2026-03-15",
  objective: "",
  implementingUnitId: null,
  plannedStart: "",
  plannedEnd: "",
};

describe("the new đề án form", () => {
  it("accepts a complete header", () => {
    expect(validateProjectHeader(vi, header)).toEqual({});
  });

  it("names every missing field", () => {
    expect(
      Object.keys(
        validateProjectHeader(vi, {
          ...header,
          title: " ",
          year: null,
          fundSource: null,
          communeCode: null,
          proposedOn: "",
        }),
      ).sort(),
    ).toEqual(["communeCode", "fundSource", "proposedOn", "title", "year"]);
  });

  it("refuses a year outside the programme, a fund that is not khuyến công money, and an end before the start", () => {
    const e = validateProjectHeader(vi, {
      ...header,
      year: 2031,
      fundSource: "COUNTERPART",
      plannedStart: "2026-06-01",
      plannedEnd: "2026-05-01",
    });
    expect(e.year).toBe("Năm kế hoạch phải trong giai đoạn 2026–2030");
    expect(e.fundSource).toMatch(/quốc gia hoặc ngân sách thành phố/);
    expect(e.plannedEnd).toBe("Ngày kết thúc phải sau ngày bắt đầu");
  });
});

describe("the activity and budget line forms", () => {
  it("asks for a kind, a target line and a whole quantity from 1", () => {
    const v = {
      activityKind: null,
      targetLineId: null,
      plannedQuantity: 0.5,
      description: "",
      machineryIsNew: false,
      machineryImproves: false,
      demonstrationSuperior: false,
      overseasFairsThisYear: null,
    };
    expect(Object.keys(validateActivity(vi, v)).sort()).toEqual([
      "activityKind",
      "plannedQuantity",
      "targetLineId",
    ]);
  });

  it("sends the machinery questions only for machinery", () => {
    const base = {
      targetLineId: "l1",
      plannedQuantity: 1,
      description: " Máy cán ",
      machineryIsNew: true,
      machineryImproves: true,
      demonstrationSuperior: true,
      overseasFairsThisYear: null,
    };
    expect(activityInput({ ...base, activityKind: "MACHINERY" })).toMatchObject({
      description: "Máy cán",
      machineryIsNew: true,
      machineryImproves: true,
      demonstrationSuperior: null,
    });
    expect(activityInput({ ...base, activityKind: "TRAINING" })).toMatchObject({
      machineryIsNew: null,
      machineryImproves: null,
      demonstrationSuperior: null,
    });
  });

  it("refuses support above the cost, and money that is not whole đồng", () => {
    const line = { activityId: "a1", facilityId: null, costItem: "Máy", cost: 100, requestedSupport: 101 };
    expect(validateBudgetLine(vi, line)).toEqual({
      requestedSupport: "Kinh phí đề nghị hỗ trợ không được lớn hơn chi phí",
    });
    expect(
      Object.keys(validateBudgetLine(vi, { ...line, cost: 10.5, requestedSupport: null })).sort(),
    ).toEqual(["cost", "requestedSupport"]);
    expect(validateBudgetLine(vi, { ...line, requestedSupport: 100 })).toEqual({});
  });
});
