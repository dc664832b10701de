import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HAI_PHONG_PROGRAMME_2026_2030 as P } from "./hai-phong-2026-2030.js";
import { computeProgrammeProgress } from "./progress.js";

const line = (progress: ReturnType<typeof computeProgrammeProgress>, code: string) =>
  progress.groups.flatMap((g) => g.lines).find((l) => l.lineCode === code)!;

describe("progress against the programme's targets", () => {
  it("computes rate, cumulative figures, remainder and status per line", () => {
    const progress = computeProgrammeProgress(
      P,
      [
        { lineCode: "I.2", year: 2026, quantity: 20 },
        { lineCode: "I.2", year: 2027, quantity: 30 },
        { lineCode: "I.2", year: 2027, quantity: 4 },
      ],
      2027,
    );
    const machinery = line(progress, "I.2");
    expect(machinery.years.map((y) => [y.year, y.target, y.achieved])).toEqual([
      [2026, 24, 20],
      [2027, 29, 34],
    ]);
    expect(machinery.years[0]?.rate).toBeCloseTo(20 / 24);
    expect(machinery.cumulativeTarget).toBe(53);
    expect(machinery.cumulativeAchieved).toBe(54);
    expect(machinery.remaining).toBe(143 - 54);
    expect(machinery.status).toBe("ON_TRACK");
  });

  it("is behind when achieved so far is under the targets so far, and achieved at the total", () => {
    const progress = computeProgrammeProgress(
      P,
      [
        { lineCode: "I.2", year: 2026, quantity: 23 },
        { lineCode: "V.1", year: 2026, quantity: 20 },
      ],
      2026,
    );
    expect(line(progress, "I.2").status).toBe("BEHIND");
    expect(line(progress, "V.1").status).toBe("ACHIEVED");
    expect(line(progress, "V.1").remaining).toBe(0);
    expect(line(progress, "I.4").status).toBe("NO_TARGET");
  });

  it("counts toward the printed total where the years disagree with it (II.7: 15 vs 25)", () => {
    const progress = computeProgrammeProgress(P, [{ lineCode: "II.7", year: 2030, quantity: 15 }], 2030);
    const showrooms = line(progress, "II.7");
    expect(showrooms.total).toBe(25);
    expect(showrooms.remaining).toBe(10);
    expect(showrooms.status).toBe("ON_TRACK");
  });

  it("ignores achievements after the as-of year and refuses negative quantities", () => {
    const progress = computeProgrammeProgress(P, [{ lineCode: "V.1", year: 2028, quantity: 4 }], 2027);
    expect(line(progress, "V.1").cumulativeAchieved).toBe(0);
    expect(() => computeProgrammeProgress(P, [{ lineCode: "V.1", year: 2026, quantity: -1 }], 2026)).toThrow(
      RangeError,
    );
  });

  it("rolls up per group and programme as shares between 0 and 1, never above 1 per line", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lineCode: fc.constantFrom("I.1", "I.2", "II.4", "IV.1", "V.1", "VI.5", "I.4"),
            year: fc.integer({ min: 2026, max: 2030 }),
            quantity: fc.integer({ min: 0, max: 500 }),
          }),
        ),
        fc.integer({ min: 2026, max: 2030 }),
        (achieved, asOf) => {
          const progress = computeProgrammeProgress(P, achieved, asOf);
          const shares = [progress, ...progress.groups].map((r) => r.attainment ?? 0);
          const lines = progress.groups.flatMap((g) => g.lines);
          const counts = progress.achieved + progress.onTrack + progress.behind + progress.noTarget;
          return shares.every((s) => s >= 0 && s <= 1) && counts === lines.length && lines.length === 34;
        },
      ),
    );
  });
});
