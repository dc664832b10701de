import {
  ACTIVITY_KIND_INFO,
  ACTIVITY_KINDS,
  FUND_SOURCE_LABELS,
  LEGAL_FORM_LABELS,
  SECTOR_LABELS,
} from "@khuyencong/domain";
import { describe, expect, it } from "vitest";
import type { Translate } from "./i18n";
import {
  activityKindOptions,
  artisanTitles,
  businessFields,
  clayBrickKilns,
  fundSourceOptions,
  legalForms,
  sectors,
} from "./labels";

const vi: Translate = (v) => v;
const en: Translate = (_v, e) => e;

describe("the domain's names in both languages", () => {
  it("shows the law's Vietnamese names in Vietnamese", () => {
    expect(legalForms.options(vi).map((o) => o.label)).toEqual(Object.values(LEGAL_FORM_LABELS));
    expect(sectors.label(vi, "HANDICRAFTS")).toBe(SECTOR_LABELS.HANDICRAFTS);
    expect(activityKindOptions(vi).map((o) => o.label)).toEqual(
      ACTIVITY_KINDS.map((k) => ACTIVITY_KIND_INFO[k].label),
    );
    expect(fundSourceOptions(vi).map((o) => o.label)).toEqual(Object.values(FUND_SOURCE_LABELS));
  });

  it("has an English name for every value, none left as a code or in Vietnamese", () => {
    const all = [
      ...legalForms.options(en),
      ...sectors.options(en),
      ...businessFields.options(en),
      ...clayBrickKilns.options(en),
      ...artisanTitles.options(en),
      ...activityKindOptions(en),
      ...fundSourceOptions(en),
    ];
    for (const { value, label } of all) {
      expect(label, value).not.toBe(value);
      expect(label, value).not.toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữự]/i);
    }
    expect(legalForms.label(en, "HOUSEHOLD_BUSINESS")).toBe("Household business");
  });
});
