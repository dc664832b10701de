import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVITY_KINDS } from "../activities/activity-kind.js";
import { calendarDateOfUtcDay } from "../calendar/calendar-date.js";
import { HAI_PHONG_COMMUNES } from "../communes/hai-phong-communes.js";
import {
  ARTISAN_TITLES,
  BUSINESS_FIELDS,
  CLAY_BRICK_KILNS,
  type Facility,
  LEGAL_FORMS,
} from "../facilities/facility.js";
import { SECTORS } from "../facilities/sector.js";
import { BILLION } from "../money/dong.js";
import { type ActivityDetails, checkEligibility } from "./check-eligibility.js";
import { CRITERION_CODES } from "./criterion.js";
import { classifyEnterpriseSize } from "./enterprise-size.js";

const money = fc.option(fc.integer({ min: 0, max: 400 * BILLION }), { nil: null });

const communeCode = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...HAI_PHONG_COMMUNES.map((c) => c.code)) },
  { weight: 1, arbitrary: fc.string() },
);

const facility: fc.Arbitrary<Facility> = fc.record(
  {
    name: fc.string({ minLength: 1 }),
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    enterpriseSize: fc.record({
      businessField: fc.constantFrom(...BUSINESS_FIELDS),
      averageInsuredWorkers: fc.oneof(
        fc.integer({ min: 0, max: 400 }),
        fc.double({ min: 0, max: 400, noNaN: true }),
      ),
      priorYearRevenue: money,
      totalCapital: money,
    }),
    hqAddress: fc.string(),
    productionSite: fc.record(
      {
        communeCode,
        craftVillage: fc.record({ name: fc.string({ minLength: 1 }), recognisedByCity: fc.boolean() }),
      },
      { requiredKeys: ["communeCode"] },
    ),
    sector: fc.constantFrom(...SECTORS),
    clayBrickKiln: fc.constantFrom(...CLAY_BRICK_KILNS),
    appliesCleanerProduction: fc.boolean(),
    isClusterInfrastructureInvestor: fc.boolean(),
    artisan: fc.record({
      title: fc.constantFrom(...ARTISAN_TITLES),
      craft: fc.string(),
      isHandicraft: fc.boolean(),
    }),
    inDisadvantagedArea: fc.boolean(),
    womenOwned: fc.boolean(),
    employsEthnicMinorities: fc.boolean(),
  },
  {
    requiredKeys: [
      "name",
      "legalForm",
      "productionSite",
      "sector",
      "appliesCleanerProduction",
      "isClusterInfrastructureInvestor",
      "inDisadvantagedArea",
      "womenOwned",
      "employsEthnicMinorities",
    ],
  },
);

const details: fc.Arbitrary<ActivityDetails> = fc.record(
  {
    machinery: fc.record({ isNew: fc.boolean(), improvesProductionOrPollution: fc.boolean() }),
    demonstrationTechnologySuperiorToLocal: fc.boolean(),
    overseasFairsAlreadySupportedThisYear: fc.nat({ max: 5 }),
  },
  { requiredKeys: [] },
);

const isoDate = fc
  .date({ min: new Date("2012-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map(calendarDateOfUtcDay);

const input = fc.record(
  { facility, activityKind: fc.constantFrom(...ACTIVITY_KINDS), date: isoDate, details },
  { requiredKeys: ["facility", "activityKind", "date"] },
);

describe("checkEligibility properties", () => {
  it("is not eligible exactly when at least one criterion failed", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkEligibility(i);
        expect(r.eligible).toBe(!r.criteria.some((c) => c.passed === false));
      }),
      { numRuns: 500 },
    );
  });

  it("explains every criterion with a Vietnamese reason and a citation", () => {
    fc.assert(
      fc.property(input, (i) => {
        for (const c of checkEligibility(i).criteria) {
          expect(c.reason.trim().length).toBeGreaterThan(0);
          expect(c.citation.document.length).toBeGreaterThan(0);
          expect(c.citation.status).toBeDefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reports each criterion at most once, in the documented order, always with the subject kind", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkEligibility(i);
        const order = r.criteria.map((c) => CRITERION_CODES.indexOf(c.code));
        expect(order).toEqual([...new Set(order)].sort((a, b) => a - b));
        expect(r.criteria.some((c) => c.code === "SUBJECT_KIND")).toBe(true);
      }),
    );
  });

  it("names a basis the activity supports whenever the facility is eligible", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkEligibility(i);
        if (r.eligible) expect(r.assessedAs).not.toBeNull();
      }),
    );
  });

  it("never accepts a large enterprise as a rural establishment", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = checkEligibility(i);
        if (r.eligible && r.assessedAs === "RURAL_ESTABLISHMENT" && i.facility.legalForm === "ENTERPRISE") {
          expect(i.facility.enterpriseSize).toBeDefined();
          if (i.facility.enterpriseSize)
            expect(classifyEnterpriseSize(i.facility.enterpriseSize).isSme).toBe(true);
        }
      }),
    );
  });
});
