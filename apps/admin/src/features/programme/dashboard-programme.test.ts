import { describe, expect, it } from "vitest";
import { yearCell } from "./dashboard-programme";

const line = {
  id: "l1",
  yearlyTargets: [
    { year: 2026, target: 4 },
    { year: 2027, target: null },
    { year: 2028, target: 5 },
  ],
};
const progress = {
  targetLineId: "l1",
  years: [
    { year: 2026, target: 4, planned: 6, achieved: 3, rate: 0.75 },
    { year: 2027, target: null, planned: null, achieved: 0, rate: null },
    { year: 2028, target: 5, planned: null, achieved: 0, rate: 0 },
  ],
};

describe("yearCell", () => {
  it("takes the target, the approved plan, the achievement and the rate of the year", () => {
    expect(yearCell(line, progress, [], 2026, 2026)).toEqual({
      target: 4,
      plan: 6,
      planProvisional: false,
      achieved: 3,
      rate: 0.75,
    });
  });

  it("leaves a year not reached blank rather than 0 achieved", () => {
    expect(yearCell(line, progress, [], 2028, 2026)).toMatchObject({ target: 5, achieved: null, rate: null });
    expect(yearCell(line, progress, [], 2028, 2028)).toMatchObject({ achieved: 0, rate: 0 });
  });

  it("has no rate where the appendix has no target", () => {
    expect(yearCell(line, progress, [], 2027, 2027)).toMatchObject({ target: null, achieved: 0, rate: null });
  });

  it("shows a consolidated plan's registrations as provisional, only when they are all counted", () => {
    const plan = (coversAllRegistrations: boolean) => ({
      year: 2028,
      status: "CONSOLIDATED",
      comparison: { coversAllRegistrations, lines: [{ targetLineId: "l1", registeredQuantity: 7 }] },
    });
    expect(yearCell(line, progress, [plan(true)], 2028, 2026)).toMatchObject({
      plan: 7,
      planProvisional: true,
    });
    // A commune officer sees only their own registrations: not the city's plan.
    expect(yearCell(line, progress, [plan(false)], 2028, 2026)).toMatchObject({
      plan: null,
      planProvisional: false,
    });
    // An open plan still takes registrations: no plan figure yet.
    expect(yearCell(line, progress, [{ ...plan(true), status: "OPEN" }], 2028, 2026).plan).toBeNull();
  });

  it("draws the targets before progress has loaded", () => {
    expect(yearCell(line, undefined, [], 2026, 2026)).toEqual({
      target: 4,
      plan: null,
      planProvisional: false,
      achieved: null,
      rate: null,
    });
  });
});
