import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUSINESS_FIELDS, type EnterpriseSizeData } from "../facilities/facility.js";
import { BILLION } from "../money/dong.js";
import {
  classifyEnterpriseSize,
  ENTERPRISE_SIZE_CLASSES,
  type EnterpriseSizeClass,
  SME_LIMITS,
} from "./enterprise-size.js";

const industry = (
  averageInsuredWorkers: number,
  revenueTy: number | null,
  capitalTy: number | null,
): EnterpriseSizeData => ({
  businessField: "INDUSTRY_CONSTRUCTION",
  averageInsuredWorkers,
  priorYearRevenue: revenueTy === null ? null : revenueTy * BILLION,
  totalCapital: capitalTy === null ? null : capitalTy * BILLION,
});

describe("classifyEnterpriseSize (NĐ 80/2021 Điều 5)", () => {
  it("puts an industrial enterprise at exactly 200 insured workers in MEDIUM, and at 201 in LARGE", () => {
    expect(classifyEnterpriseSize(industry(200, 150, 80)).size).toBe("MEDIUM");
    const large = classifyEnterpriseSize(industry(201, 150, 80));
    expect(large.size).toBe("LARGE");
    expect(large.isSme).toBe(false);
    expect(large.reason).toContain("vượt mức 200");
  });

  it("treats a fractional annual average just above a limit as above it", () => {
    expect(classifyEnterpriseSize(industry(200.5, 1, 1)).size).toBe("LARGE");
    expect(classifyEnterpriseSize(industry(10, 3, 3)).size).toBe("MICRO");
    expect(classifyEnterpriseSize(industry(10.25, 3, 3)).size).toBe("SMALL");
  });

  it("keeps an enterprise SME when revenue is over the limit but capital is under (labour AND (revenue OR capital))", () => {
    const r = classifyEnterpriseSize(industry(150, 250, 90));
    expect(r.size).toBe("MEDIUM");
    expect(r.basis).toBe("CAPITAL");
    expect(r.reason).toContain("tổng nguồn vốn 90 tỷ đồng (không quá 100 tỷ đồng)");
  });

  it("is LARGE when both revenue and capital exceed the medium limits, even with few workers", () => {
    const r = classifyEnterpriseSize(industry(50, 201, 101));
    expect(r.size).toBe("LARGE");
    expect(r.reason).toContain("doanh thu năm trước 201 tỷ đồng vượt mức 200 tỷ đồng");
  });

  it("tests capital alone when there is no prior-year revenue", () => {
    const r = classifyEnterpriseSize(industry(5, null, 2));
    expect(r).toMatchObject({ size: "MICRO", basis: "CAPITAL" });
    expect(r.reason).toContain("chỉ xét tiêu chí tổng nguồn vốn");
    expect(classifyEnterpriseSize(industry(5, null, 101)).size).toBe("LARGE");
  });

  it("does not invent a class when neither revenue nor capital is declared", () => {
    const r = classifyEnterpriseSize(industry(5, null, null));
    expect(r.size).toBeNull();
    expect(r.isSme).toBe(false);
  });

  it("uses the trade-and-services thresholds: 100 workers is medium, 101 is large", () => {
    const trade = (workers: number): EnterpriseSizeData => ({
      businessField: "TRADE_SERVICES",
      averageInsuredWorkers: workers,
      priorYearRevenue: 250 * BILLION,
      totalCapital: null,
    });
    expect(classifyEnterpriseSize(trade(100)).size).toBe("MEDIUM");
    expect(classifyEnterpriseSize(trade(101)).size).toBe("LARGE");
    expect(classifyEnterpriseSize({ ...trade(10), priorYearRevenue: 10 * BILLION }).size).toBe("MICRO");
  });

  it("states the figures and cites NĐ 80/2021 Điều 5 as verified", () => {
    const r = classifyEnterpriseSize(industry(80, 40, 30));
    expect(r).toMatchObject({ size: "SMALL", basis: "REVENUE", averageInsuredWorkers: 80 });
    expect(r.limits).toEqual({ maxInsuredWorkers: 100, maxRevenue: 50 * BILLION, maxCapital: 20 * BILLION });
    expect(r.citation).toMatchObject({ article: "Điều 5", status: "VERIFIED" });
  });

  it("refuses negative or fractional money and negative head counts", () => {
    expect(() => classifyEnterpriseSize(industry(-1, 1, 1))).toThrow(RangeError);
    expect(() => classifyEnterpriseSize({ ...industry(1, 1, 1), totalCapital: 1.5 })).toThrow(RangeError);
  });
});

const rank = (size: EnterpriseSizeClass | null) => ENTERPRISE_SIZE_CLASSES.indexOf(size ?? "LARGE");
const money = fc.option(fc.integer({ min: 0, max: 500 * BILLION }), { nil: null });
const sizeData = fc
  .record({
    businessField: fc.constantFrom(...BUSINESS_FIELDS),
    averageInsuredWorkers: fc.integer({ min: 0, max: 400 }),
    priorYearRevenue: money,
    totalCapital: money,
  })
  .filter((d) => d.priorYearRevenue !== null || d.totalCapital !== null);

describe("classifyEnterpriseSize properties", () => {
  it("never gives a smaller class to more workers", () => {
    fc.assert(
      fc.property(sizeData, fc.integer({ min: 0, max: 300 }), (data, extra) => {
        const more = { ...data, averageInsuredWorkers: data.averageInsuredWorkers + extra };
        expect(rank(classifyEnterpriseSize(more).size)).toBeGreaterThanOrEqual(
          rank(classifyEnterpriseSize(data).size),
        );
      }),
    );
  });

  it("never gives a smaller class to more revenue or more capital", () => {
    fc.assert(
      fc.property(sizeData, fc.integer({ min: 0, max: 300 * BILLION }), (data, extra) => {
        const base = rank(classifyEnterpriseSize(data).size);
        const richer = {
          ...data,
          priorYearRevenue: data.priorYearRevenue === null ? null : data.priorYearRevenue + extra,
          totalCapital: data.totalCapital === null ? null : data.totalCapital + extra,
        };
        expect(rank(classifyEnterpriseSize(richer).size)).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("is SME exactly when labour and at least one financial figure are within the medium limits", () => {
    fc.assert(
      fc.property(sizeData, (data) => {
        const r = classifyEnterpriseSize(data);
        const m = SME_LIMITS[data.businessField].MEDIUM;
        const within =
          data.averageInsuredWorkers <= m.maxInsuredWorkers &&
          ((data.priorYearRevenue !== null && data.priorYearRevenue <= m.maxRevenue) ||
            (data.totalCapital !== null && data.totalCapital <= m.maxCapital));
        expect(r.isSme).toBe(within);
        expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});
