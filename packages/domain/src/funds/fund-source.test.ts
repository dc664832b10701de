import { describe, expect, it } from "vitest";
import { FUND_SOURCES, isFundSource, normLevelOf } from "./fund-source.js";

describe("fund sources", () => {
  it("judges state funds by their norm level and others by none", () => {
    expect(FUND_SOURCES.map(normLevelOf)).toEqual(["NATIONAL", "LOCAL", null, null, null]);
    expect(isFundSource("CITY_BUDGET")).toBe(true);
    expect(isFundSource("city")).toBe(false);
  });
});
