import { bench, describe } from "vitest";
import {
  type AchievedQuantity,
  allTargetLines,
  auditProgramme,
  computeProgrammeProgress,
  HAI_PHONG_PROGRAMME_2026_2030 as PROGRAMME,
  programmeYears,
} from "../src/index.js";

/** A repeatable stream of pseudo-random numbers in [0, 1), so that every run measures the same input. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` accepted outputs spread over every line and year of the programme (an unknown line code among
 * them, which the progress ignores). 5 000 is more than five years of acceptances will give, one per
 * activity, at a few hundred đề án a year; 50 000 shows how it grows.
 */
function achievedQuantities(count: number): AchievedQuantity[] {
  const next = random(count);
  const codes = [...allTargetLines(PROGRAMME).map((line) => line.code), "VII.1"];
  const years = programmeYears(PROGRAMME);
  return Array.from({ length: count }, () => ({
    lineCode: codes[Math.floor(next() * codes.length)] as string,
    year: years[Math.floor(next() * years.length)] as number,
    quantity: 1 + Math.floor(next() * 3),
  }));
}

const FIVE_THOUSAND = achievedQuantities(5_000);
const FIFTY_THOUSAND = achievedQuantities(50_000);

describe("programme", () => {
  bench("auditProgramme(HAI_PHONG_PROGRAMME_2026_2030)", () => {
    auditProgramme(PROGRAMME);
  });

  bench("computeProgrammeProgress, 5 000 achieved quantities, as of 2028", () => {
    computeProgrammeProgress(PROGRAMME, FIVE_THOUSAND, 2028);
  });

  bench("computeProgrammeProgress, 50 000 achieved quantities, as of 2028", () => {
    computeProgrammeProgress(PROGRAMME, FIFTY_THOUSAND, 2028);
  });
});
