import { describe, expect, it } from "vitest";
import { formatDate, money } from "./format";

describe("formats a Vietnamese reader expects", () => {
  it("writes dates as dd/mm/yyyy and money with dots and ₫", () => {
    expect(formatDate("2026-04-20")).toBe("20/04/2026");
    expect(formatDate("2026-04-20T08:00:00.000Z")).toBe("20/04/2026");
    expect(formatDate(null)).toBe("");
    expect(money(1234567)).toBe("1.234.567\u00A0₫");
    expect(money(null)).toBe("—");
  });
});
