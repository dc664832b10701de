import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCitation } from "../legal/citation.js";
import { applyRate, assertDong, formatDong, formatInteger, formatRate, FULL_RATE, isDong } from "./dong.js";

describe("money in đồng", () => {
  it("formats as Vietnamese users read it", () => {
    expect(formatDong(1_234_567)).toBe("1.234.567 ₫");
    expect(formatDong(0)).toBe("0 ₫");
    expect(formatDong(-5_000)).toBe("-5.000 ₫");
    expect(formatInteger(10_000)).toBe("10.000");
    expect(formatInteger(500)).toBe("500");
    expect(formatInteger(-1_234_567)).toBe("-1.234.567");
    expect(formatRate(3000)).toBe("30%");
    expect(formatRate(1250)).toBe("12,5%");
    expect(formatRate(15000)).toBe("150%");
  });

  it("accepts only safe non-negative integers", () => {
    expect(isDong(10)).toBe(true);
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53, "10", null]) expect(isDong(bad)).toBe(false);
    expect(() => assertDong(0.5, "chi phí")).toThrow(/chi phí/);
  });

  it("rounds a rate down to the đồng and never loses precision on large amounts", () => {
    expect(applyRate(333, 5000)).toBe(166);
    expect(applyRate(9_000_000_000_000_000 - 1, FULL_RATE)).toBe(9_000_000_000_000_000 - 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: FULL_RATE }),
        (amount, rate) => {
          const result = applyRate(amount, rate);
          return (
            Number.isSafeInteger(result) &&
            result <= amount &&
            BigInt(result) * 10_000n <= BigInt(amount) * BigInt(rate)
          );
        },
      ),
    );
  });

  it("renders a citation with its verification status", () => {
    expect(
      formatCitation({
        document: "Thông tư 28/2018/TT-BTC",
        article: "Điều 8",
        clause: "khoản 4",
        status: "VERIFIED",
      }),
    ).toBe("khoản 4 Điều 8 Thông tư 28/2018/TT-BTC");
    expect(formatCitation({ document: "Nghị quyết 13/2025/NQ-HĐND", status: "UNVERIFIED" })).toBe(
      "Nghị quyết 13/2025/NQ-HĐND (chưa xác minh)",
    );
  });
});
