import { describe, expect, it } from "vitest";
import { CURRENT_PROGRAMME, isProgrammeYear, PROGRAMME_YEARS } from "./current.js";

describe("the programme in force", () => {
  it("runs 2026–2030, as the decision says", () => {
    expect(CURRENT_PROGRAMME.code).toBe("HP-KC-2026-2030");
    expect(PROGRAMME_YEARS).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(isProgrammeYear(2026)).toBe(true);
    expect(isProgrammeYear(2031)).toBe(false);
    expect(isProgrammeYear("2026")).toBe(false);
  });
});
