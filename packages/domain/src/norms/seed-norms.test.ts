import { describe, expect, it } from "vitest";
import { type ActivityKind, isActivityKind } from "../activities/activity-kind.js";
import { LEGAL_DOCUMENTS } from "../legal/citation.js";
import { MILLION } from "../money/dong.js";
import { createNormTable } from "./norm-table.js";
import { NQ_13_2025_HP_VALID_FROM, SEED_NORMS, TT_28_2018_VALID_FROM } from "./seed-norms.js";

const national = SEED_NORMS.filter((norm) => norm.fundLevel === "NATIONAL");
const local = SEED_NORMS.filter((norm) => norm.fundLevel === "LOCAL");

describe("SEED_NORMS", () => {
  it("builds a valid table", () => {
    expect(() => createNormTable(SEED_NORMS)).not.toThrow();
  });

  // A diff in this table is a change of the money the programme may pay: review it against the legal text.
  it("holds the national values of domain-reference §3", () => {
    const rows = Object.fromEntries(
      national.map((norm) => [
        norm.id,
        [
          norm.rate,
          norm.cap === null ? null : norm.cap / MILLION,
          norm.capRule?.multiplierOf ?? null,
          norm.status,
        ],
      ]),
    );
    expect(rows).toEqual({
      "KCQG.DEMONSTRATION_MODEL.2018": [3000, 1000, null, "VERIFIED"],
      "KCQG.REPLICATION_MODEL.2018": [null, 100, null, "UNVERIFIED"],
      "KCQG.MACHINERY.2018": [5000, 300, null, "VERIFIED"],
      "KCQG.TECHNOLOGY_LINE.2018": [5000, null, "KCQG.MACHINERY.2018", "PARTLY_VERIFIED"],
      "KCQG.ENTERPRISE_FOUNDING.2018": [null, 10, null, "VERIFIED"],
      "KCQG.FAIR_ORGANISATION.2018": [10000, null, null, "UNVERIFIED"],
      "KCQG.FAIR_PARTICIPATION.2018": [8000, null, null, "UNVERIFIED"],
      "KCQG.OVERSEAS_FAIR_PARTICIPATION.2018": [10000, null, null, "UNVERIFIED"],
      "KCQG.PRODUCT_CONTEST.2018": [null, 100, null, "UNVERIFIED"],
      "KCQG.TRADEMARK.2018": [5000, 35, null, "UNVERIFIED"],
      "KCQG.CONSULTING.2018": [5000, 35, null, "UNVERIFIED"],
      "KCQG.ASSOCIATION.2018": [3000, 70, null, "UNVERIFIED"],
      "KCQG.LINKAGE_CLUSTER.2018": [5000, 150, null, "UNVERIFIED"],
      "KCQG.FACILITY_ENVIRONMENT.2018": [3000, 300, null, "UNVERIFIED"],
      "KCQG.CLUSTER_ENVIRONMENT.2018": [3000, 1500, null, "UNVERIFIED"],
      "KCQG.POLLUTION_RELOCATION_INTEREST.2018": [5000, 500, null, "UNVERIFIED"],
      "KCQG.CLUSTER_INFRASTRUCTURE.2018": [5000, 500, null, "UNVERIFIED"],
      "KCQG.CLEANER_PRODUCTION_ASSESSMENT.2018": [5000, 50, null, "UNVERIFIED"],
    });
  });

  it("marks only TT 28/2018 Điều 8 values verified, and says the effective date is not", () => {
    for (const norm of national) {
      expect(norm.validFrom).toBe(TT_28_2018_VALID_FROM);
      expect(norm.validTo).toBeNull();
      if (norm.status === "VERIFIED" || norm.status === "PARTLY_VERIFIED") {
        expect(norm.citation).toMatchObject({ document: LEGAL_DOCUMENTS.TT_28_2018, article: "Điều 8" });
        expect(norm.citation.note).toContain("ngày hiệu lực 15/5/2018 chưa xác minh");
      } else {
        expect(norm.citation.document).not.toBe(LEGAL_DOCUMENTS.TT_28_2018);
        expect(norm.citation.status).toBe("VERIFIED_SUPERSEDED");
      }
    }
  });

  it("carries TTLT 26/2014 values forward as unverified, citing it as the last verified text", () => {
    const carried = national.filter((norm) => norm.citation.document === LEGAL_DOCUMENTS.TTLT_26_2014);
    expect(carried.length).toBeGreaterThan(10);
    for (const norm of carried) {
      expect(norm.status).toBe("UNVERIFIED");
      expect(norm.citation.note).toContain("chưa xác minh là mức hiện hành");
    }
  });

  it("mirrors every national norm as an unverified local placeholder under NQ 13/2025", () => {
    expect(local).toHaveLength(national.length);
    for (const norm of local) {
      const source = national.find((n) => n.activityKind === norm.activityKind);
      expect(source, norm.id).toBeDefined();
      expect(norm.id).toMatch(/^KCDP\.[A-Z_]+\.2025$/);
      expect([norm.rate, norm.cap]).toEqual([source?.rate, source?.cap]);
      expect(norm.validFrom).toBe(NQ_13_2025_HP_VALID_FROM);
      expect(norm.status).toBe("UNVERIFIED");
      expect(norm.citation).toMatchObject({ document: LEGAL_DOCUMENTS.NQ_13_2025_HP, status: "UNVERIFIED" });
      expect(norm.citation.note).toContain("giá trị giữ chỗ");
    }
    expect(local.find((norm) => norm.activityKind === "TECHNOLOGY_LINE")?.capRule?.multiplierOf).toBe(
      "KCDP.MACHINERY.2025",
    );
  });

  it("gives no norm to activities paid by general regimes or whose figures were not found", () => {
    const withNorm = new Set(SEED_NORMS.map((norm) => norm.activityKind));
    const without: ActivityKind[] = [
      "COMMUNICATION",
      "PROGRAMME_MANAGEMENT",
      "TRAINING",
      "ARTISAN_TEACHING",
      "SHOWROOM",
    ];
    for (const kind of without) expect(withNorm.has(kind), kind).toBe(false);
    for (const kind of withNorm) expect(isActivityKind(kind)).toBe(true);
  });

  it("has a Vietnamese label and cap basis on every norm", () => {
    for (const norm of SEED_NORMS) {
      expect(norm.label.length, norm.id).toBeGreaterThan(10);
      expect(norm.capBasis, norm.id).toMatch(/^(mỗi|theo) /);
    }
  });
});
