import { describe, expect, it } from "vitest";
import {
  expectedSupport,
  formatDongInput,
  formatMultiplier,
  groupNorms,
  needsVerification,
  parseDongInput,
} from "./norms";

describe("parseDongInput: an amount of đồng as an officer types it", () => {
  it("reads plain digits and dots or spaces between groups of three", () => {
    expect(parseDongInput("600000000")).toEqual({ ok: true, value: 600_000_000 });
    expect(parseDongInput("600.000.000")).toEqual({ ok: true, value: 600_000_000 });
    expect(parseDongInput(" 600 000 000 ")).toEqual({ ok: true, value: 600_000_000 });
    expect(parseDongInput("1.500")).toEqual({ ok: true, value: 1500 });
    expect(parseDongInput("0")).toEqual({ ok: true, value: 0 });
  });
  it("accepts a trailing currency sign or word", () => {
    expect(parseDongInput("300.000.000 ₫")).toEqual({ ok: true, value: 300_000_000 });
    expect(parseDongInput("300.000.000đ")).toEqual({ ok: true, value: 300_000_000 });
    expect(parseDongInput("2.000 đồng")).toEqual({ ok: true, value: 2000 });
  });
  it("refuses decimals instead of guessing what they meant", () => {
    expect(parseDongInput("1,5")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("1.5")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("1.234,50")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("1.2345")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("12.34.567")).toEqual({ ok: false, problem: "notInteger" });
  });
  it("refuses mixed separators, letters, empty and negative input", () => {
    expect(parseDongInput("1.234 567")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("3 triệu")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("1e9")).toEqual({ ok: false, problem: "notInteger" });
    expect(parseDongInput("   ")).toEqual({ ok: false, problem: "empty" });
    expect(parseDongInput("-5.000")).toEqual({ ok: false, problem: "negative" });
  });
  it("refuses amounts beyond a safe integer, which would lose đồng", () => {
    expect(parseDongInput("9007199254740993")).toEqual({ ok: false, problem: "tooLarge" });
    expect(parseDongInput("9.007.199.254.740.991")).toEqual({ ok: true, value: Number.MAX_SAFE_INTEGER });
  });
  it("round-trips with the display format", () => {
    for (const n of [0, 7, 1000, 123456, 600_000_000, 1_234_567_890]) {
      expect(parseDongInput(formatDongInput(n))).toEqual({ ok: true, value: n });
    }
    expect(formatDongInput(600_000_000)).toBe("600.000.000");
  });
});

describe("the norms table", () => {
  const n = (id: string, activityKind: string, fundLevel: string, validFrom: string) =>
    ({ id, activityKind, fundLevel, validFrom }) as Parameters<typeof groupNorms>[0][number];

  it("groups by activity in the law's order, national before local, versions oldest first", () => {
    const groups = groupNorms([
      n("L.MACH.2025", "MACHINERY", "LOCAL", "2025-07-25"),
      n("N.TRAIN", "TRAINING", "NATIONAL", "2018-05-15"),
      n("N.MACH.2030", "MACHINERY", "NATIONAL", "2030-01-01"),
      n("N.MACH.2018", "MACHINERY", "NATIONAL", "2018-05-15"),
      n("N.DEMO", "DEMONSTRATION_MODEL", "NATIONAL", "2018-05-15"),
    ]);
    expect(groups.map((g) => `${g.activityKind}/${g.fundLevel}`)).toEqual([
      "DEMONSTRATION_MODEL/NATIONAL",
      "MACHINERY/NATIONAL",
      "MACHINERY/LOCAL",
      "TRAINING/NATIONAL",
    ]);
    expect(groups[1]?.versions.map((v) => v.id)).toEqual(["N.MACH.2018", "N.MACH.2030"]);
  });

  it("flags every norm whose values were not fully verified", () => {
    expect(needsVerification("UNVERIFIED")).toBe(true);
    expect(needsVerification("PARTLY_VERIFIED")).toBe(true);
    expect(needsVerification("VERIFIED")).toBe(false);
    expect(needsVerification("VERIFIED_SUPERSEDED")).toBe(false);
  });

  it("writes cap multipliers as the law does", () => {
    expect(formatMultiplier(3, 2)).toBe("1,5");
    expect(formatMultiplier(2, 1)).toBe("2");
    expect(formatMultiplier(5, 4)).toBe("1,25");
  });

  it("computes the expected support: the lowest of rate × cost (rounded down), cap and cost", () => {
    expect(expectedSupport(800_000_000, 5000, 300_000_000)).toBe(300_000_000);
    expect(expectedSupport(400_000_000, 5000, 300_000_000)).toBe(200_000_000);
    expect(expectedSupport(3, 5000, null)).toBe(1);
    expect(expectedSupport(5_000_000, null, 10_000_000)).toBe(5_000_000);
  });
});
