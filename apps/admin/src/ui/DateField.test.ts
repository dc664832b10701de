import { describe, expect, it } from "vitest";
import { parseDayMonthYear } from "./DateField";

describe("parseDayMonthYear: what an officer types, day first", () => {
  it("reads dd/mm/yyyy, with or without leading zeros, and dots or dashes", () => {
    expect(parseDayMonthYear("20/04/2026")).toBe("2026-04-20");
    expect(parseDayMonthYear("1/4/2026")).toBe("2026-04-01");
    expect(parseDayMonthYear("01.04.2026")).toBe("2026-04-01");
  });
  it("refuses dates that do not exist and the month-first order", () => {
    expect(parseDayMonthYear("31/04/2026")).toBeNull();
    expect(parseDayMonthYear("29/02/2026")).toBeNull();
    expect(parseDayMonthYear("04/31/2026")).toBeNull();
    expect(parseDayMonthYear("2026-04-20")).toBeNull();
  });
  it("accepts 29 February in a leap year", () => {
    expect(parseDayMonthYear("29/02/2028")).toBe("2028-02-29");
  });
});
