import { bench, describe } from "vitest";
import { ACTIVITY_KINDS, BILLION, checkEligibility, type Facility } from "../src/index.js";

const DATE = "2026-03-02";

/** The typical applicant: a household business making food in a xã. */
const HOUSEHOLD: Facility = {
  name: "Hộ kinh doanh Bánh đa Kinh Giao",
  legalForm: "HOUSEHOLD_BUSINESS",
  productionSite: { communeCode: "xa-an-hung" },
  sector: "AGRO_FOOD_PROCESSING",
  appliesCleanerProduction: false,
  isClusterInfrastructureInvestor: false,
  inDisadvantagedArea: false,
  womenOwned: false,
  employsEthnicMinorities: false,
};

/** An enterprise, which adds the SME size test, producing in a recognised craft village in a phường. */
const ENTERPRISE: Facility = {
  ...HOUSEHOLD,
  name: "Công ty TNHH Gốm sứ Chu Đậu",
  legalForm: "ENTERPRISE",
  sector: "HANDICRAFTS",
  productionSite: {
    communeCode: "phuong-hai-duong",
    craftVillage: { name: "Làng gốm Chu Đậu", recognisedByCity: true },
  },
  enterpriseSize: {
    businessField: "INDUSTRY_CONSTRUCTION",
    averageInsuredWorkers: 85.5,
    priorYearRevenue: 60 * BILLION,
    totalCapital: 40 * BILLION,
  },
};

const MACHINERY_DETAILS = { machinery: { isNew: true, improvesProductionOrPollution: true } };

describe("eligibility", () => {
  bench("checkEligibility, household business in a xã, MACHINERY", () => {
    checkEligibility({
      facility: HOUSEHOLD,
      activityKind: "MACHINERY",
      date: DATE,
      details: MACHINERY_DETAILS,
    });
  });

  bench("checkEligibility, SME in a craft village of a phường, MACHINERY", () => {
    checkEligibility({
      facility: ENTERPRISE,
      activityKind: "MACHINERY",
      date: DATE,
      details: MACHINERY_DETAILS,
    });
  });

  bench(`checkEligibility, one facility against all ${ACTIVITY_KINDS.length} activity kinds`, () => {
    for (const activityKind of ACTIVITY_KINDS)
      checkEligibility({ facility: HOUSEHOLD, activityKind, date: DATE });
  });
});
