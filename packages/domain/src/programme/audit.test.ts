import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditProgramme } from "./audit.js";
import { HAI_PHONG_PROGRAMME_2026_2030 } from "./hai-phong-2026-2030.js";
import type { Programme, TargetLine } from "./types.js";

const summary = (p: Programme) => auditProgramme(p).map((f) => `${f.severity} ${f.code} ${f.rowCode}`);

describe("auditProgramme on the Hải Phòng programme 2026–2030", () => {
  const findings = auditProgramme(HAI_PHONG_PROGRAMME_2026_2030);

  it("reports what a careful reader of the decision finds, errors first", () => {
    expect(summary(HAI_PHONG_PROGRAMME_2026_2030)).toEqual([
      "ERROR BODY_FIGURE_MISSING_IN_TABLE I.7",
      "ERROR BODY_TABLE_MISMATCH II.5",
      "ERROR SUM_MISMATCH II.7",
      "ERROR BODY_FIGURE_MISSING_IN_TABLE III.1",
      "ERROR BODY_FIGURE_MISSING_IN_TABLE III.2",
      "ERROR BODY_FIGURE_MISSING_IN_TABLE III.3",
      "ERROR BODY_TABLE_MISMATCH IV.3",
      "WARNING NO_TARGET I.4",
      "WARNING NO_TARGET I.5",
      "WARNING NO_TARGET II.3",
      "WARNING BODY_UNIT_DIFFERS II.6",
      "WARNING UNIT_MISMATCH III.4",
      "WARNING NO_TARGET V.4",
      "WARNING UNIT_MISMATCH VI.1",
      "WARNING BODY_UNIT_DIFFERS VI.3",
      "INFO REPEATED_TEXT I",
    ]);
  });

  it("gives the figures and the place in the document", () => {
    const sum = findings.find((f) => f.code === "SUM_MISMATCH")!;
    expect(sum.figures).toMatchObject({ sumOfYears: 15, printedTotal: 25 });
    expect(sum.location).toBe("Phụ lục, mục II, dòng 7");
    const trainees = findings.find((f) => f.rowCode === "IV.3")!;
    expect(trainees.figures).toMatchObject({ bodyValue: 140, tableTotal: 4, perUnit: 40, converted: 160 });
    expect(trainees.location).toContain("Điều 1, mục I.2, điểm d");
    expect(trainees.message).toContain("140 học viên");
  });
});

const YEARS = [2026, 2027, 2028, 2029, 2030];

function programmeOf(lines: TargetLine[]): Programme {
  return {
    code: "T",
    name: "Thử",
    firstYear: 2026,
    lastYear: 2030,
    decision: { number: null, date: null, issuer: "x", title: "x" },
    groups: [{ code: "I", name: "Nhóm thử", lines }],
    bodyTargets: [],
  };
}

const cellsArb = fc.array(fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }), {
  minLength: 5,
  maxLength: 5,
});

function lineOf(i: number, cells: (number | null)[], printedTotal: number | null): TargetLine {
  return {
    code: `I.${i + 1}`,
    groupCode: "I",
    order: i + 1,
    name: "Hỗ trợ cơ sở",
    unit: "Cơ sở",
    yearly: Object.fromEntries(YEARS.map((y, k) => [y, cells[k] ?? null])),
    printedTotal,
    activityKinds: [],
    source: `Phụ lục, mục I, dòng ${i + 1}`,
  };
}

const sum = (cells: (number | null)[]) => cells.reduce<number>((a, v) => a + (v ?? 0), 0);

describe("auditProgramme properties", () => {
  it("reports no sum error on a programme whose years add up to its totals", () => {
    fc.assert(
      fc.property(fc.array(cellsArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const lines = rows.map((cells, i) =>
          lineOf(i, cells, cells.some((c) => c !== null) ? sum(cells) : null),
        );
        return auditProgramme(programmeOf(lines)).every((f) => f.code !== "SUM_MISMATCH");
      }),
    );
  });

  it("always reports the row whose years do not add up to its total", () => {
    fc.assert(
      fc.property(
        fc.array(cellsArb, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.integer({ min: 1, max: 500 }),
        (rows, pick, delta) => {
          const bad = pick % rows.length;
          const lines = rows.map((cells, i) => lineOf(i, cells, sum(cells) + (i === bad ? delta : 0)));
          const sumErrors = auditProgramme(programmeOf(lines)).filter((f) => f.code === "SUM_MISMATCH");
          return sumErrors.length === 1 && sumErrors[0]?.rowCode === `I.${bad + 1}`;
        },
      ),
    );
  });
});
