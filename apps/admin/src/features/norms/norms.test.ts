import { describe, expect, it } from "vitest";
import { expectedSupport, formatMultiplier, groupNorms } from "./norms";

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
