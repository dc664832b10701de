import { describe, expect, it } from "vitest";
import type { ActivityKind } from "../activities/activity-kind.js";
import { BILLION, MILLION } from "../money/dong.js";
import { computeSupport, type SupportQuery } from "./compute-support.js";
import type { FundLevel } from "./norm.js";
import { createNormTable } from "./norm-table.js";
import { SEED_NORMS } from "./seed-norms.js";

const table = createNormTable(SEED_NORMS);
const DATE = "2026-03-01";

const support = (
  activityKind: ActivityKind,
  eligibleCost: number,
  extra: Partial<Pick<SupportQuery, "requested" | "date" | "fundLevel">> = {},
) =>
  computeSupport(table, {
    activityKind,
    fundLevel: "NATIONAL" as FundLevel,
    date: DATE,
    eligibleCost,
    ...extra,
  });

describe("computeSupport: machinery, TT 28/2018 Điều 8 khoản 4 (≤ 50%, ≤ 300 trđ/cơ sở)", () => {
  it("binds by rate and cap equally at 600 trđ of cost", () => {
    const result = support("MACHINERY", 600 * MILLION);
    expect(result).toMatchObject({
      allowed: 300 * MILLION,
      rateLimit: 300 * MILLION,
      cap: 300 * MILLION,
      boundBy: "RATE_AND_CAP",
    });
    expect(result.norm?.id).toBe("KCQG.MACHINERY.2018");
    expect(result.citation).toMatchObject({
      document: "Thông tư 28/2018/TT-BTC",
      article: "Điều 8",
      clause: "khoản 4",
    });
    expect(result.explanation).toContain("50%");
    expect(result.explanation).toContain("300.000.000 ₫ mỗi cơ sở");
    expect(result.explanation).toContain("khoản 4 Điều 8 Thông tư 28/2018/TT-BTC");
  });

  it("is capped at 300 trđ for 1 tỷ of cost", () => {
    expect(support("MACHINERY", BILLION)).toMatchObject({
      allowed: 300 * MILLION,
      rateLimit: 500 * MILLION,
      boundBy: "CAP",
    });
  });

  it("pays half of 100 trđ", () => {
    expect(support("MACHINERY", 100 * MILLION)).toMatchObject({ allowed: 50 * MILLION, boundBy: "RATE" });
  });

  it("rounds half a đồng down, never up", () => {
    expect(support("MACHINERY", 333).allowed).toBe(166);
  });
});

describe("computeSupport: technology line, 1,5 × the machinery cap", () => {
  it("caps 1 tỷ of cost at 450 trđ", () => {
    const result = support("TECHNOLOGY_LINE", BILLION);
    expect(result).toMatchObject({
      allowed: 450 * MILLION,
      cap: 450 * MILLION,
      rateLimit: 500 * MILLION,
      boundBy: "CAP",
    });
    expect(result.explanation).toContain("1,5 lần mức trần");
  });

  it("supports a small line at clause 4's 50%, not at 100% of its cost", () => {
    expect(support("TECHNOLOGY_LINE", 100 * MILLION)).toMatchObject({
      allowed: 50 * MILLION,
      boundBy: "RATE",
    });
    expect(support("TECHNOLOGY_LINE", 900 * MILLION)).toMatchObject({
      allowed: 450 * MILLION,
      boundBy: "RATE_AND_CAP",
    });
  });
});

describe("computeSupport: demonstration model, TT 28/2018 Điều 8 khoản 2 (≤ 30%, ≤ 1.000 trđ/mô hình)", () => {
  it("pays 30% of 2 tỷ", () => {
    expect(support("DEMONSTRATION_MODEL", 2 * BILLION)).toMatchObject({
      allowed: 600 * MILLION,
      boundBy: "RATE",
    });
  });

  it("caps 5 tỷ at 1.000 trđ", () => {
    expect(support("DEMONSTRATION_MODEL", 5 * BILLION)).toMatchObject({
      allowed: 1_000 * MILLION,
      boundBy: "CAP",
    });
  });
});

describe("computeSupport: norms without a rate", () => {
  it("pays an enterprise founding's cost up to 10 trđ", () => {
    expect(support("ENTERPRISE_FOUNDING", 4 * MILLION)).toMatchObject({
      allowed: 4 * MILLION,
      boundBy: "COST",
    });
    expect(support("ENTERPRISE_FOUNDING", 30 * MILLION)).toMatchObject({
      allowed: 10 * MILLION,
      boundBy: "CAP",
    });
  });

  it("pays the whole cost when there is neither rate nor cap", () => {
    const open = createNormTable([
      {
        id: "KCQG.SHOWROOM.TEST",
        activityKind: "SHOWROOM",
        fundLevel: "NATIONAL",
        rate: null,
        cap: null,
        capBasis: "theo thực tế",
        label: "Phòng trưng bày (thử)",
        citation: { document: "Văn bản thử", status: "UNVERIFIED" },
        validFrom: "2020-01-01",
        validTo: null,
        status: "UNVERIFIED",
      },
    ]);
    const result = computeSupport(open, {
      activityKind: "SHOWROOM",
      fundLevel: "NATIONAL",
      date: DATE,
      eligibleCost: 77 * MILLION,
    });
    expect(result).toMatchObject({ allowed: 77 * MILLION, rateLimit: null, cap: null, boundBy: "COST" });
  });

  it("pays a fair organised by bid price in full (100%, no cap)", () => {
    expect(support("FAIR_ORGANISATION", 1_234_567_891)).toMatchObject({
      allowed: 1_234_567_891,
      cap: null,
      boundBy: "RATE",
    });
  });
});

describe("computeSupport: requested amount", () => {
  it("reports what the request asks beyond the norm", () => {
    const result = support("MACHINERY", BILLION, { requested: 400 * MILLION });
    expect(result.requested).toBe(400 * MILLION);
    expect(result.excess).toBe(100 * MILLION);
    expect(result.explanation).toContain("vượt mức cho phép 100.000.000 ₫");
  });

  it("reports no excess for a request within the norm, or no request", () => {
    expect(support("MACHINERY", BILLION, { requested: 200 * MILLION }).excess).toBe(0);
    expect(support("MACHINERY", BILLION)).toMatchObject({ requested: null, excess: 0 });
  });
});

describe("computeSupport: no norm in force", () => {
  it.each<ActivityKind>(["COMMUNICATION", "PROGRAMME_MANAGEMENT", "TRAINING", "SHOWROOM"])(
    "allows nothing for %s, which has no norm, and says so",
    (kind) => {
      const result = support(kind, 50 * MILLION, { requested: 20 * MILLION });
      expect(result).toMatchObject({
        norm: null,
        citation: null,
        allowed: 0,
        boundBy: "NO_NORM",
        excess: 20 * MILLION,
      });
      expect(result.explanation).toContain("Không có định mức hỗ trợ");
      expect(result.explanation).toContain("01/03/2026");
    },
  );

  it("finds no national norm the day before TT 28/2018's believed effective date, and finds it on that date", () => {
    expect(support("MACHINERY", BILLION, { date: "2018-05-14" })).toMatchObject({
      allowed: 0,
      boundBy: "NO_NORM",
    });
    expect(support("MACHINERY", BILLION, { date: "2018-05-15" })).toMatchObject({
      allowed: 300 * MILLION,
      boundBy: "CAP",
    });
  });

  it("finds no local norm before NQ 13/2025 was passed, and an unverified placeholder from then on", () => {
    expect(support("MACHINERY", BILLION, { fundLevel: "LOCAL", date: "2025-07-24" }).boundBy).toBe("NO_NORM");
    const result = support("MACHINERY", BILLION, { fundLevel: "LOCAL", date: "2025-07-25" });
    expect(result.norm?.id).toBe("KCDP.MACHINERY.2025");
    expect(result.allowed).toBe(300 * MILLION);
    expect(result.explanation).toContain("Nghị quyết 13/2025/NQ-HĐND");
    expect(result.explanation).toContain("chưa xác minh");
  });
});

describe("computeSupport: bad input", () => {
  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])("rejects an eligible cost of %s", (cost) => {
    expect(() => support("MACHINERY", cost)).toThrow(RangeError);
  });

  it("rejects a negative or fractional requested amount", () => {
    expect(() => support("MACHINERY", BILLION, { requested: -5 })).toThrow(RangeError);
    expect(() => support("MACHINERY", BILLION, { requested: 0.5 })).toThrow(RangeError);
  });

  it.each(["2026-13-01", "2025-02-30", "01/03/2026", ""])("rejects the date %j", (date) => {
    expect(() => support("MACHINERY", BILLION, { date })).toThrow(RangeError);
  });

  it("rejects an unknown activity kind or fund level from an untyped caller", () => {
    expect(() => support("NOT_A_KIND" as ActivityKind, BILLION)).toThrow(RangeError);
    expect(() => support("MACHINERY", BILLION, { fundLevel: "PROVINCIAL" as FundLevel })).toThrow(RangeError);
  });
});
