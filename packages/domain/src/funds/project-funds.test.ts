import { describe, expect, it } from "vitest";
import { FUND_SOURCES } from "./fund-source.js";
import {
  budgetLineProblems,
  counterpartOf,
  isProjectFundSource,
  PROJECT_FUND_SOURCES,
  projectFundProblem,
} from "./project-funds.js";

describe("the funds a đề án may ask support from", () => {
  it("are the national fund and the city budget, the State's khuyến công money (decision, mục V)", () => {
    expect(PROJECT_FUND_SOURCES).toEqual(["NATIONAL_FUND", "CITY_BUDGET"]);
    for (const source of FUND_SOURCES)
      expect(projectFundProblem(source) === null, source).toBe(isProjectFundSource(source));
  });

  it("refuse the counterpart, integrated and other sources, and what is not a source", () => {
    for (const source of ["COUNTERPART", "INTEGRATED", "OTHER", "", null]) {
      expect(projectFundProblem(source)).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "fundSource",
        message: "Đề án khuyến công đề nghị hỗ trợ từ kinh phí khuyến công quốc gia hoặc ngân sách thành phố",
      });
    }
  });
});

describe("a budget line's support", () => {
  it("is at most its cost; the rest is the beneficiary's counterpart (TTLT 26/2014 Điều 7)", () => {
    expect(budgetLineProblems({ cost: 100, requestedSupport: 100 })).toEqual([]);
    expect(counterpartOf({ cost: 100, requestedSupport: 30 })).toBe(70);
    const [problem] = budgetLineProblems({ cost: 100, requestedSupport: 101 });
    expect(problem).toMatchObject({
      field: "requestedSupport",
      message: "Kinh phí đề nghị hỗ trợ không được lớn hơn chi phí",
    });
    expect(problem?.citation).toMatchObject({ article: "Điều 7", status: "VERIFIED_SUPERSEDED" });
  });
});
