import { describe, expect, it } from "vitest";
import type { Commune } from "../communes/commune.js";
import type { Facility } from "../facilities/facility.js";
import { BILLION } from "../money/dong.js";
import { checkEligibility, type EligibilityInput, type EligibilityResult } from "./check-eligibility.js";
import type { CriterionCode } from "./criterion.js";

const TODAY = "2026-03-02";

/** A household business making handicrafts in a xã: eligible for most activities. */
const household: Facility = {
  name: "Hộ kinh doanh Nguyễn Văn A",
  legalForm: "HOUSEHOLD_BUSINESS",
  productionSite: { communeCode: "xa-an-hung" },
  sector: "HANDICRAFTS",
  appliesCleanerProduction: false,
  isClusterInfrastructureInvestor: false,
  inDisadvantagedArea: false,
  womenOwned: false,
  employsEthnicMinorities: false,
};

const enterprise = (
  averageInsuredWorkers: number,
  revenueTy: number | null,
  capitalTy: number | null,
): Facility => ({
  ...household,
  name: "Công ty TNHH Cơ khí Kiến Thụy",
  legalForm: "ENTERPRISE",
  sector: "MECHANICAL_ELECTRICAL_ELECTRONIC",
  productionSite: { communeCode: "xa-kien-thuy" },
  enterpriseSize: {
    businessField: "INDUSTRY_CONSTRUCTION",
    averageInsuredWorkers,
    priorYearRevenue: revenueTy === null ? null : revenueTy * BILLION,
    totalCapital: capitalTy === null ? null : capitalTy * BILLION,
  },
});

const check = (facility: Facility, extra: Partial<EligibilityInput> = {}): EligibilityResult =>
  checkEligibility({ facility, activityKind: "MACHINERY", date: TODAY, ...extra });

const get = (r: EligibilityResult, code: CriterionCode) => r.criteria.find((c) => c.code === code);

/** The codes of the failing criteria: what the officer must fix. */
const failed = (r: EligibilityResult) => r.criteria.filter((c) => c.passed === false).map((c) => c.code);

describe("checkEligibility — enterprise size", () => {
  it("accepts a medium industrial enterprise at exactly 200 insured workers", () => {
    const r = check(enterprise(200, 150, 80));
    expect(r.eligible).toBe(true);
    expect(r.assessedAs).toBe("RURAL_ESTABLISHMENT");
    expect(get(r, "ENTERPRISE_SIZE")).toMatchObject({ passed: true });
    expect(get(r, "ENTERPRISE_SIZE")?.reason).toContain("Doanh nghiệp vừa");
  });

  it("refuses the same enterprise at 201 workers: large enterprises are not rural establishments", () => {
    const r = check(enterprise(201, 150, 80));
    expect(r.eligible).toBe(false);
    expect(failed(r)).toEqual(["ENTERPRISE_SIZE"]);
    expect(get(r, "ENTERPRISE_SIZE")?.reason).toContain("Doanh nghiệp lớn không thuộc đối tượng");
  });

  it("keeps an enterprise whose revenue is over the limit but capital under", () => {
    expect(check(enterprise(120, 260, 95)).eligible).toBe(true);
  });

  it("refuses an enterprise that declared no size data, and says so", () => {
    const { enterpriseSize: _dropped, ...undeclared } = enterprise(10, 1, 1);
    const r = check(undeclared);
    expect(failed(r)).toEqual(["ENTERPRISE_SIZE"]);
    expect(get(r, "ENTERPRISE_SIZE")?.reason).toContain("chưa kê khai");
  });

  it("does not test size for a cooperative", () => {
    const r = check({ ...household, legalForm: "COOPERATIVE" });
    expect(r.eligible).toBe(true);
    expect(get(r, "ENTERPRISE_SIZE")?.passed).toBeNull();
  });
});

describe("checkEligibility — production site", () => {
  it("accepts a household business producing in a xã", () => {
    const r = check(household);
    expect(r.eligible).toBe(true);
    expect(get(r, "PRODUCTION_SITE")?.reason).toContain("Xã An Hưng");
  });

  it("accepts a đặc khu like a xã", () => {
    expect(check({ ...household, productionSite: { communeCode: "dac-khu-bach-long-vi" } }).eligible).toBe(
      true,
    );
  });

  it("refuses the same household business producing in a phường", () => {
    const r = check({ ...household, productionSite: { communeCode: "phuong-hong-bang" } });
    expect(r.eligible).toBe(false);
    expect(failed(r)).toEqual(["PRODUCTION_SITE"]);
    expect(get(r, "PRODUCTION_SITE")?.reason).toContain("Phường Hồng Bàng");
  });

  it("accepts a phường when the site is in a craft village recognised by the city", () => {
    const r = check({
      ...household,
      productionSite: {
        communeCode: "phuong-thuy-nguyen",
        craftVillage: { name: "Làng nghề X", recognisedByCity: true },
      },
    });
    expect(r.eligible).toBe(true);
    expect(get(r, "PRODUCTION_SITE")?.reason).toContain("đã được Ủy ban nhân dân thành phố công nhận");
  });

  it("refuses a phường when the craft village is not recognised", () => {
    const r = check({
      ...household,
      productionSite: {
        communeCode: "phuong-thuy-nguyen",
        craftVillage: { name: "Làng nghề X", recognisedByCity: false },
      },
    });
    expect(failed(r)).toEqual(["PRODUCTION_SITE"]);
    expect(get(r, "PRODUCTION_SITE")?.reason).toContain("chưa được Ủy ban nhân dân thành phố công nhận");
  });

  it("judges the production site, not the head office", () => {
    const r = check({ ...household, hqAddress: "Phường Hồng Bàng, Hải Phòng" });
    expect(r.eligible).toBe(true);
    expect(get(r, "PRODUCTION_SITE")?.reason).toContain("không theo trụ sở");
  });

  it("refuses a commune code that is not a Hải Phòng unit", () => {
    const r = check({ ...household, productionSite: { communeCode: "xa-khong-co" } });
    expect(failed(r)).toEqual(["PRODUCTION_SITE"]);
    expect(get(r, "PRODUCTION_SITE")?.citation.document).toBe("Nghị quyết 1669/NQ-UBTVQH15");
  });

  it("uses the commune list it is given", () => {
    const renamed: Commune[] = [{ code: "xa-moi", name: "Mới", kind: "XA", formerProvince: "HAI_PHONG" }];
    const facility = { ...household, productionSite: { communeCode: "xa-moi" } };
    expect(
      checkEligibility({ facility, activityKind: "TRAINING", date: TODAY }, { communes: renamed }).eligible,
    ).toBe(true);
    expect(checkEligibility({ facility, activityKind: "TRAINING", date: TODAY }).eligible).toBe(false);
  });
});

describe("checkEligibility — sectors and exclusions", () => {
  it("refuses a clay-brick producer with a Hoffmann kiln", () => {
    const r = check({ ...household, sector: "BUILDING_MATERIALS", clayBrickKiln: "HOFFMANN" });
    expect(failed(r)).toEqual(["SECTOR_EXCLUSION"]);
    expect(get(r, "SECTOR_EXCLUSION")?.reason).toContain("lò vòng (hoffmann)");
  });

  it("accepts a clay-brick producer with a tunnel kiln", () => {
    expect(check({ ...household, sector: "BUILDING_MATERIALS", clayBrickKiln: "TUNNEL" }).eligible).toBe(
      true,
    );
  });

  it("refuses mining outside a disadvantaged area, accepts it inside one", () => {
    const mining = { ...household, sector: "MINING_MINERAL_PROCESSING" } as const;
    const outside = check(mining);
    expect(failed(outside)).toEqual(["SECTOR"]);
    expect(get(outside, "SECTOR")?.reason).toContain("khó khăn");
    expect(check({ ...mining, inDisadvantagedArea: true }).eligible).toBe(true);
  });

  it("refuses a line outside the supported sectors", () => {
    expect(failed(check({ ...household, sector: "OTHER" }))).toEqual(["SECTOR"]);
  });

  it("accepts an NĐ 235 addition but cites it as partly verified", () => {
    const r = check({ ...household, sector: "HIGH_TECH" });
    expect(r.eligible).toBe(true);
    expect(get(r, "SECTOR")?.citation.status).toBe("PARTLY_VERIFIED");
  });
});

describe("checkEligibility — beneficiary kinds", () => {
  const largeInWard: Facility = {
    ...enterprise(800, 900, 500),
    productionSite: { communeCode: "phuong-hai-duong" },
    appliesCleanerProduction: true,
  };

  it("accepts a large enterprise in a phường for a cleaner-production assessment, as a cleaner-production establishment", () => {
    const r = checkEligibility({
      facility: largeInWard,
      activityKind: "CLEANER_PRODUCTION_ASSESSMENT",
      date: TODAY,
    });
    expect(r.eligible).toBe(true);
    expect(r.assessedAs).toBe("CLEANER_PRODUCTION_ESTABLISHMENT");
    expect(get(r, "ENTERPRISE_SIZE")).toMatchObject({ passed: null });
    expect(get(r, "ENTERPRISE_SIZE")?.citation).toMatchObject({
      article: "Điều 3",
      status: "VERIFIED_SUPERSEDED",
    });
  });

  it("refuses the same enterprise for machinery, reporting both failures of its closest basis", () => {
    const r = checkEligibility({ facility: largeInWard, activityKind: "MACHINERY", date: TODAY });
    expect(r.eligible).toBe(false);
    expect(r.assessedAs).toBe("RURAL_ESTABLISHMENT");
    expect(failed(r)).toEqual(["ENTERPRISE_SIZE", "PRODUCTION_SITE"]);
  });

  it("refuses an activity that has no facility beneficiary", () => {
    const r = checkEligibility({ facility: household, activityKind: "COMMUNICATION", date: TODAY });
    expect(r).toMatchObject({ eligible: false, assessedAs: null });
    expect(failed(r)).toEqual(["SUBJECT_KIND"]);
    expect(get(r, "SUBJECT_KIND")?.reason).toContain("không có cơ sở thụ hưởng trực tiếp");
  });

  it("refuses artisan teaching to a household business without an artisan title", () => {
    const r = checkEligibility({ facility: household, activityKind: "ARTISAN_TEACHING", date: TODAY });
    expect(failed(r)).toEqual(["SUBJECT_KIND"]);
    expect(get(r, "SUBJECT_KIND")?.reason).toContain("nghệ nhân");
  });

  it("accepts a Meritorious Artisan in handicrafts for artisan teaching, even in a phường", () => {
    const artisan: Facility = {
      ...household,
      name: "Nguyễn Thị B",
      legalForm: "INDIVIDUAL",
      productionSite: { communeCode: "phuong-hai-duong" },
      artisan: { title: "MERITORIOUS_ARTISAN", craft: "Gốm sứ", isHandicraft: true },
    };
    const r = checkEligibility({ facility: artisan, activityKind: "ARTISAN_TEACHING", date: TODAY });
    expect(r).toMatchObject({ eligible: true, assessedAs: "ARTISAN" });
    expect(get(r, "SUBJECT_KIND")?.citation.status).toBe("PARTLY_VERIFIED");
    const notHandicraft = {
      ...artisan,
      artisan: { title: "PEOPLE_ARTISAN", craft: "Chèo", isHandicraft: false },
    } as const;
    expect(
      checkEligibility({ facility: notHandicraft, activityKind: "ARTISAN_TEACHING", date: TODAY }).eligible,
    ).toBe(false);
  });

  it("accepts a cluster-infrastructure investor for cluster infrastructure, not a household business", () => {
    const investor: Facility = {
      ...enterprise(500, 900, 900),
      isClusterInfrastructureInvestor: true,
      sector: "OTHER",
    };
    const r = checkEligibility({ facility: investor, activityKind: "CLUSTER_INFRASTRUCTURE", date: TODAY });
    expect(r).toMatchObject({ eligible: true, assessedAs: "CLUSTER_INFRASTRUCTURE_INVESTOR" });
    const hh = { ...household, isClusterInfrastructureInvestor: true };
    expect(
      checkEligibility({ facility: hh, activityKind: "CLUSTER_INFRASTRUCTURE", date: TODAY }).eligible,
    ).toBe(false);
  });
});

describe("checkEligibility — per-activity conditions", () => {
  it("accepts new machinery that improves production and refuses second-hand machinery", () => {
    const ok = check(household, {
      details: { machinery: { isNew: true, improvesProductionOrPollution: true } },
    });
    expect(get(ok, "ACTIVITY_CONDITION")?.passed).toBe(true);
    const used = check(household, {
      details: { machinery: { isNew: false, improvesProductionOrPollution: true } },
    });
    expect(failed(used)).toEqual(["ACTIVITY_CONDITION"]);
    expect(get(used, "ACTIVITY_CONDITION")?.reason).toContain("không phải máy mới");
  });

  it("leaves the machinery condition to appraisal when no details are given", () => {
    const r = check(household);
    expect(get(r, "ACTIVITY_CONDITION")).toMatchObject({ passed: null });
    expect(get(r, "ACTIVITY_CONDITION")?.reason).toContain("khi thẩm định");
  });

  it("allows at most two overseas fairs a year per establishment", () => {
    const fair = (already: number) =>
      check(household, {
        activityKind: "OVERSEAS_FAIR_PARTICIPATION",
        details: { overseasFairsAlreadySupportedThisYear: already },
      });
    expect(fair(1).eligible).toBe(true);
    expect(failed(fair(2))).toEqual(["ACTIVITY_CONDITION"]);
  });

  it("supports enterprise founding only in disadvantaged areas", () => {
    const founding = { activityKind: "ENTERPRISE_FOUNDING" } as const;
    expect(failed(check(household, founding))).toEqual(["ACTIVITY_CONDITION"]);
    expect(check({ ...household, inDisadvantagedArea: true }, founding).eligible).toBe(true);
  });

  it("refuses a demonstration model whose technology is not ahead of local practice", () => {
    const demo = (superior: boolean) =>
      check(household, {
        activityKind: "DEMONSTRATION_MODEL",
        details: { demonstrationTechnologySuperiorToLocal: superior },
      });
    expect(demo(true).eligible).toBe(true);
    expect(failed(demo(false))).toEqual(["ACTIVITY_CONDITION"]);
  });
});

describe("checkEligibility — applicable text by date", () => {
  it("names NĐ 235/2025 as the rule in force from 15/10/2025", () => {
    const r = check(household, { date: "2025-10-15" });
    expect(get(r, "APPLICABLE_RULES")).toMatchObject({ passed: null });
    expect(get(r, "APPLICABLE_RULES")?.reason).toContain("15/10/2025");
    expect(get(r, "APPLICABLE_RULES")?.reason).not.toContain("cần đối chiếu");
  });

  it("warns that the current rule was applied to a date before NĐ 235/2025", () => {
    const r = check(household, { date: "2025-10-14" });
    expect(r.eligible).toBe(true);
    expect(get(r, "APPLICABLE_RULES")?.reason).toContain("cần đối chiếu kết quả với văn bản cũ");
    expect(get(r, "APPLICABLE_RULES")?.reason).not.toContain("01/07/2025");
    expect(get(check(household, { date: "2025-06-30" }), "APPLICABLE_RULES")?.reason).toContain("01/07/2025");
  });

  it("refuses a date that is not a calendar date", () => {
    expect(() => check(household, { date: "2026-02-30" })).toThrow(RangeError);
    expect(() => check(household, { date: "02/03/2026" })).toThrow(RangeError);
  });
});
