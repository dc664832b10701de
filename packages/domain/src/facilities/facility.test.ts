import { describe, expect, it } from "vitest";
import {
  ARTISAN_TITLE_LABELS,
  ARTISAN_TITLES,
  BUSINESS_FIELD_LABELS,
  BUSINESS_FIELDS,
  CLAY_BRICK_KILN_LABELS,
  CLAY_BRICK_KILNS,
  EXCLUDED_CLAY_BRICK_KILNS,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
} from "./facility.js";
import { SECTOR_INFO, SECTOR_LABELS, SECTORS } from "./sector.js";

describe("facility vocabulary", () => {
  it.each([
    ["legal forms", LEGAL_FORMS, LEGAL_FORM_LABELS],
    ["business fields", BUSINESS_FIELDS, BUSINESS_FIELD_LABELS],
    ["artisan titles", ARTISAN_TITLES, ARTISAN_TITLE_LABELS],
    ["clay-brick kilns", CLAY_BRICK_KILNS, CLAY_BRICK_KILN_LABELS],
    ["sectors", SECTORS, SECTOR_LABELS],
  ] as const)("labels every one of the %s in Vietnamese, and nothing else", (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const v of values) expect((labels as Record<string, string>)[v]?.trim()).not.toBe("");
  });

  it("excludes exactly the improved-manual and Hoffmann kilns (TT 46/2012 Điều 5)", () => {
    expect([...EXCLUDED_CLAY_BRICK_KILNS].sort()).toEqual(["HOFFMANN", "IMPROVED_MANUAL"]);
  });

  it("maps sectors to NĐ 45 Điều 5 points, with NĐ 235 additions only partly verified", () => {
    expect(SECTOR_INFO.MINING_MINERAL_PROCESSING.point).toBe("e");
    expect(SECTOR_INFO.HANDICRAFTS.point).toBe("đ");
    expect(SECTOR_INFO.BUILDING_MATERIALS.point).toBe("c");
    for (const s of SECTORS) {
      const info = SECTOR_INFO[s];
      expect(info.sector).toBe(s);
      expect(info.point !== null).toBe(info.origin === "ND_45_ARTICLE_5");
      if (info.origin === "ND_235_ADDITION") expect(info.citation.status).toBe("PARTLY_VERIFIED");
    }
  });
});
