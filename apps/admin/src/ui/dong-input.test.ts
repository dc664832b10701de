import { describe, expect, it } from "vitest";
import { formatDongInput, parseDongInput } from "./dong-input";

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
