import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "../activities/activity-kind.js";
import { MILLION } from "../money/dong.js";
import { advanceAllowance, advanceRuleOf } from "./advance-rules.js";
import { findDoubleSupport, normaliseCostItem } from "./double-support.js";
import { settle } from "./settlement.js";

describe("advances", () => {
  it("allows 70 % of machinery support only once over 70 % of the cost is invested", () => {
    const at70 = advanceAllowance({
      activityKind: "MACHINERY",
      approvedSupport: 300 * MILLION,
      progress: 7000,
      accepted: false,
    });
    expect(at70).toMatchObject({ maximum: 0, conditionMet: false });
    expect(at70.explanation).toContain("chưa vượt 70%");
    const above = advanceAllowance({
      activityKind: "MACHINERY",
      approvedSupport: 300 * MILLION,
      progress: 7001,
      accepted: false,
    });
    expect(above).toMatchObject({ maximum: 210 * MILLION, conditionMet: true });
  });

  it("allows 70 % of a training at once, 30 % of cluster works after half, enterprise founding only after acceptance", () => {
    expect(
      advanceAllowance({
        activityKind: "TRAINING",
        approvedSupport: 100 * MILLION,
        progress: 0,
        accepted: false,
      }).maximum,
    ).toBe(70 * MILLION);
    expect(
      advanceAllowance({
        activityKind: "CLUSTER_ENVIRONMENT",
        approvedSupport: 1000 * MILLION,
        progress: 5000,
        accepted: false,
      }).maximum,
    ).toBe(0);
    expect(
      advanceAllowance({
        activityKind: "CLUSTER_ENVIRONMENT",
        approvedSupport: 1000 * MILLION,
        progress: 5001,
        accepted: false,
      }).maximum,
    ).toBe(300 * MILLION);
    expect(
      advanceAllowance({
        activityKind: "ENTERPRISE_FOUNDING",
        approvedSupport: 10 * MILLION,
        progress: 10_000,
        accepted: false,
      }).maximum,
    ).toBe(0);
    expect(
      advanceAllowance({
        activityKind: "ENTERPRISE_FOUNDING",
        approvedSupport: 10 * MILLION,
        progress: 0,
        accepted: true,
      }).maximum,
    ).toBe(10 * MILLION);
  });

  it("never allows more than the approved support, nor a negative amount, for any activity", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTIVITY_KINDS),
        fc.integer({ min: 0, max: 10_000 * MILLION }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (activityKind, approvedSupport, progress, accepted) => {
          const a = advanceAllowance({ activityKind, approvedSupport, progress, accepted });
          return (
            a.maximum >= 0 &&
            a.maximum <= approvedSupport &&
            Number.isSafeInteger(a.maximum) &&
            a.rule === advanceRuleOf(activityKind)
          );
        },
      ),
    );
  });
});

describe("settlement", () => {
  it("pays the balance when the accepted cost allows more than was paid", () => {
    expect(
      settle([{ approvedSupport: 300 * MILLION, allowedOnAcceptedCost: 300 * MILLION }], 210 * MILLION),
    ).toEqual({
      finalSupport: 300 * MILLION,
      paid: 210 * MILLION,
      finalPayment: 90 * MILLION,
      refund: 0,
    });
  });

  it("asks for a refund when the accepted cost supports less than the advance", () => {
    expect(
      settle([{ approvedSupport: 300 * MILLION, allowedOnAcceptedCost: 150 * MILLION }], 210 * MILLION),
    ).toMatchObject({
      finalSupport: 150 * MILLION,
      finalPayment: 0,
      refund: 60 * MILLION,
    });
  });

  it("conserves money: paid + final payment − refund = final support ≤ approved", () => {
    const line = fc.record({
      approvedSupport: fc.integer({ min: 0, max: 5_000 * MILLION }),
      allowedOnAcceptedCost: fc.integer({ min: 0, max: 5_000 * MILLION }),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.integer({ min: 0, max: 50_000 * MILLION }),
        (lines, paid) => {
          const s = settle(lines, paid);
          const approved = lines.reduce((sum, l) => sum + l.approvedSupport, 0);
          return (
            s.paid + s.finalPayment - s.refund === s.finalSupport &&
            s.finalSupport <= approved &&
            (s.finalPayment === 0 || s.refund === 0)
          );
        },
      ),
    );
  });
});

describe("double support", () => {
  const prior = [
    {
      facilityId: "f1",
      activityKind: "MACHINERY" as const,
      costItem: "Máy ép gạch không nung",
      source: "ĐA-2025-0003",
      year: 2025,
    },
  ];

  it("flags the same cost item of the same facility, whatever its spelling", () => {
    const findings = findDoubleSupport(
      [{ facilityId: "f1", activityKind: "MACHINERY", costItem: "máy ÉP gạch  không nung" }],
      prior,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ match: "SAME_COST_ITEM" });
    expect(findings[0]?.message).toContain("ĐA-2025-0003");
  });

  it("flags another item of the same activity for judgement, and ignores other facilities and activities", () => {
    expect(
      findDoubleSupport([{ facilityId: "f1", activityKind: "MACHINERY", costItem: "Máy trộn" }], prior)[0]
        ?.match,
    ).toBe("SAME_ACTIVITY");
    expect(
      findDoubleSupport(
        [{ facilityId: "f2", activityKind: "MACHINERY", costItem: "Máy ép gạch không nung" }],
        prior,
      ),
    ).toEqual([]);
    expect(
      findDoubleSupport(
        [{ facilityId: "f1", activityKind: "TRADEMARK", costItem: "Máy ép gạch không nung" }],
        prior,
      ),
    ).toEqual([]);
    expect(normaliseCostItem(" Đăng ký  NHÃN hiệu ")).toBe("dang ky nhan hieu");
  });
});
