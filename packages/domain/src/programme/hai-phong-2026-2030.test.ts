import { describe, expect, it } from "vitest";
import { HAI_PHONG_PROGRAMME_2026_2030 as P } from "./hai-phong-2026-2030.js";
import { allTargetLines, findTargetLine, sumOfYears } from "./types.js";

describe("the programme 2026–2030 as transcribed from the decision", () => {
  it("has the six content groups I–VI with the appendix's 34 rows", () => {
    expect(P.groups.map((g) => g.code)).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    expect(P.groups.map((g) => g.lines.length)).toEqual([7, 9, 4, 4, 4, 6]);
    expect(allTargetLines(P)).toHaveLength(34);
  });

  it("numbers the rows within each group from 1, with unique codes", () => {
    for (const g of P.groups) expect(g.lines.map((l) => l.order)).toEqual(g.lines.map((_, i) => i + 1));
    const codes = allTargetLines(P).map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("keeps cells as printed, blank cells as null", () => {
    const machinery = findTargetLine(P, "I.2")!;
    expect(machinery.unit).toBe("Cơ sở");
    expect(machinery.yearly).toEqual({ 2026: 24, 2027: 29, 2028: 29, 2029: 29, 2030: 32 });
    expect(machinery.printedTotal).toBe(143);
    const demo = findTargetLine(P, "I.1")!;
    expect(demo.yearly[2026]).toBeNull();
    expect(findTargetLine(P, "I.4")!.printedTotal).toBeNull();
  });

  it("records the document's own error: showrooms (II.7) add up to 15 but the total says 25", () => {
    const showrooms = findTargetLine(P, "II.7")!;
    expect(sumOfYears(showrooms)).toBe(15);
    expect(showrooms.printedTotal).toBe(25);
  });

  it("links every body-text figure to an existing row", () => {
    for (const b of P.bodyTargets) expect(b.lineCode && findTargetLine(P, b.lineCode), b.quote).toBeTruthy();
    expect(P.bodyTargets.find((b) => b.lineCode === "III.3")?.value).toBe(18);
  });
});
