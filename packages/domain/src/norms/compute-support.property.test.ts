import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "../activities/activity-kind.js";
import { calendarDateOfUtcDay } from "../calendar/calendar-date.js";
import { FULL_RATE } from "../money/dong.js";
import { computeSupport, type SupportResult } from "./compute-support.js";
import { FUND_LEVELS, type Norm } from "./norm.js";
import { createNormTable, type NormTable } from "./norm-table.js";
import { SEED_NORMS } from "./seed-norms.js";

const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;

const dateArb = fc
  .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map(calendarDateOfUtcDay);
const amountArb = fc.oneof(
  fc.integer({ min: 0, max: 20_000_000_000 }),
  fc.integer({ min: 0, max: MAX_AMOUNT }),
);
const rateArb = fc.option(fc.integer({ min: 0, max: FULL_RATE }), { nil: null });

/** A table with one machinery norm of arbitrary rate and cap, and a line norm capped at a multiple of it. */
const tableArb = fc
  .record({
    rate: rateArb,
    cap: fc.integer({ min: 0, max: 2 ** 40 }),
    fixedCap: fc.boolean(),
    lineRate: rateArb,
    numerator: fc.integer({ min: 0, max: 5 }),
    denominator: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ rate, cap, fixedCap, lineRate, numerator, denominator }) => {
    const machinery: Norm = {
      id: "M",
      activityKind: "MACHINERY",
      fundLevel: "NATIONAL",
      rate,
      cap: fixedCap ? cap : null,
      capBasis: "mỗi cơ sở",
      label: "Máy móc (thử)",
      citation: { document: "Văn bản thử", status: "UNVERIFIED" },
      validFrom: "2015-01-01",
      validTo: null,
      status: "UNVERIFIED",
    };
    const line: Norm = {
      ...machinery,
      id: "L",
      activityKind: "TECHNOLOGY_LINE",
      rate: lineRate,
      cap: null,
      capRule: { multiplierOf: "M", factor: { numerator, denominator } },
    };
    return createNormTable(fixedCap ? [machinery, line] : [machinery]);
  });

const seedTable = createNormTable(SEED_NORMS);

const queryArb = fc.record({
  activityKind: fc.constantFrom(...ACTIVITY_KINDS),
  fundLevel: fc.constantFrom(...FUND_LEVELS),
  date: dateArb,
  eligibleCost: amountArb,
  requested: fc.option(amountArb, { nil: undefined }),
});

/** Each invariant of the support computation, checked separately so that a failure names the broken one. */
const INVARIANTS: ReadonlyArray<readonly [string, (result: SupportResult) => void]> = [
  [
    "allowed is a non-negative safe integer of đồng",
    ({ allowed }) => {
      expect(Number.isSafeInteger(allowed)).toBe(true);
      expect(allowed).toBeGreaterThanOrEqual(0);
    },
  ],
  [
    "allowed never exceeds the eligible cost",
    ({ allowed, eligibleCost }) => {
      expect(allowed).toBeLessThanOrEqual(eligibleCost);
    },
  ],
  [
    "allowed never exceeds rate × cost, and the rate limit is that product rounded down",
    (result) => {
      const rate = result.norm?.rate;
      if (rate === null || rate === undefined) return;
      const product = BigInt(result.eligibleCost) * BigInt(rate);
      expect(result.rateLimit).toBe(Number(product / BigInt(FULL_RATE)));
      expect(BigInt(result.allowed) * BigInt(FULL_RATE)).toBeLessThanOrEqual(product);
    },
  ],
  [
    "allowed never exceeds the cap",
    ({ allowed, cap }) => {
      if (cap !== null) expect(allowed).toBeLessThanOrEqual(cap);
    },
  ],
  [
    "boundBy names the limit that gave the amount",
    ({ allowed, boundBy, rateLimit, cap, eligibleCost }) => {
      if (boundBy === "NO_NORM") expect(allowed).toBe(0);
      if (boundBy === "RATE") expect(allowed).toBe(rateLimit);
      if (boundBy === "CAP") expect(allowed).toBe(cap);
      if (boundBy === "RATE_AND_CAP") expect([rateLimit, cap]).toEqual([allowed, allowed]);
      if (boundBy === "COST") expect(allowed).toBe(eligibleCost);
    },
  ],
  [
    "excess + allowed covers the request, and excess is exactly what it asks beyond",
    ({ allowed, requested, excess }) => {
      if (requested === null) {
        expect(excess).toBe(0);
      } else {
        expect(excess + allowed).toBeGreaterThanOrEqual(requested);
        expect(excess).toBe(Math.max(0, requested - allowed));
      }
    },
  ],
];

const lineOrMachinery = fc.constantFrom("MACHINERY" as const, "TECHNOLOGY_LINE" as const);
const compute = (table: NormTable, activityKind: "MACHINERY" | "TECHNOLOGY_LINE", eligibleCost: number) =>
  computeSupport(table, { activityKind, fundLevel: "NATIONAL", date: "2026-01-01", eligibleCost });

describe("computeSupport: invariants", () => {
  describe.each(INVARIANTS)("%s", (_name, check) => {
    it("for any rate, cap and cap rule", () => {
      fc.assert(
        fc.property(
          tableArb,
          lineOrMachinery,
          amountArb,
          fc.option(amountArb, { nil: undefined }),
          (table, kind, cost, requested) => {
            check(
              computeSupport(table, {
                activityKind: kind,
                fundLevel: "NATIONAL",
                date: "2026-01-01",
                eligibleCost: cost,
                requested,
              }),
            );
          },
        ),
      );
    });

    it("for the seed norms on any activity, fund and date", () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          check(computeSupport(seedTable, query));
        }),
      );
    });
  });

  it("never gives less support for a higher cost", () => {
    fc.assert(
      fc.property(tableArb, lineOrMachinery, amountArb, amountArb, (table, kind, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(compute(table, kind, low).allowed).toBeLessThanOrEqual(compute(table, kind, high).allowed);
      }),
    );
    fc.assert(
      fc.property(queryArb, amountArb, (query, other) => {
        const [low, high] =
          query.eligibleCost <= other ? [query.eligibleCost, other] : [other, query.eligibleCost];
        expect(computeSupport(seedTable, { ...query, eligibleCost: low }).allowed).toBeLessThanOrEqual(
          computeSupport(seedTable, { ...query, eligibleCost: high }).allowed,
        );
      }),
    );
  });
});
