import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, money } from "./format";

describe("formats a Vietnamese reader expects", () => {
  it("writes dates as dd/mm/yyyy and money with dots and ₫", () => {
    expect(formatDate("2026-04-20")).toBe("20/04/2026");
    expect(formatDate("2026-04-20T08:00:00.000Z")).toBe("20/04/2026");
    // A timestamp is dated in Việt Nam: 18:30 UTC is already the next day in Hải Phòng.
    expect(formatDate("2026-04-19T18:30:00.000Z")).toBe("20/04/2026");
    expect(formatDateTime("2026-12-31T17:30:00Z")).toBe("01/01/2027 00:30");
    expect(formatDateTime("2026-05-10T01:05:00.000Z")).toBe("10/05/2026 08:05");
    expect(formatDateTime("not a date")).toBe("");
    expect(formatDateTime(null)).toBe("");
    expect(formatDate(null)).toBe("");
    expect(money(1234567)).toBe("1.234.567\u00A0₫");
    expect(money(null)).toBe("—");
  });
});
