import { describe, expect, it } from "vitest";
import { MILLION } from "../money/dong.js";
import { findNorm } from "./find-norm.js";
import type { Norm } from "./norm.js";
import { createNormTable } from "./norm-table.js";

const v2018: Norm = {
  id: "KCQG.MACHINERY.2018",
  activityKind: "MACHINERY",
  fundLevel: "NATIONAL",
  rate: 5_000,
  cap: 300 * MILLION,
  capBasis: "mỗi cơ sở",
  label: "Ứng dụng máy móc thiết bị",
  citation: { document: "Thông tư 28/2018/TT-BTC", status: "VERIFIED" },
  validFrom: "2018-05-15",
  validTo: "2026-06-30",
  status: "VERIFIED",
};
const v2026: Norm = {
  ...v2018,
  id: "KCQG.MACHINERY.2026",
  cap: 400 * MILLION,
  validFrom: "2026-07-01",
  validTo: null,
};

const at = (table: ReturnType<typeof createNormTable>, date: string) =>
  findNorm(table, { activityKind: "MACHINERY", fundLevel: "NATIONAL", date })?.id ?? null;

describe("findNorm", () => {
  const closedOnly = createNormTable([v2018]);
  const versioned = createNormTable([v2026, v2018]);

  it("finds nothing the day before validFrom and the version on validFrom itself", () => {
    expect(at(closedOnly, "2018-05-14")).toBeNull();
    expect(at(closedOnly, "2018-05-15")).toBe("KCQG.MACHINERY.2018");
  });

  it("still finds a closed version on its validTo, and nothing the day after", () => {
    expect(at(closedOnly, "2026-06-30")).toBe("KCQG.MACHINERY.2018");
    expect(at(closedOnly, "2026-07-01")).toBeNull();
  });

  it("hands over from one version to the next at the boundary", () => {
    expect(at(versioned, "2026-06-30")).toBe("KCQG.MACHINERY.2018");
    expect(at(versioned, "2026-07-01")).toBe("KCQG.MACHINERY.2026");
    expect(at(versioned, "2099-12-31")).toBe("KCQG.MACHINERY.2026");
  });

  it("does not answer for another fund level or activity", () => {
    expect(
      findNorm(versioned, { activityKind: "MACHINERY", fundLevel: "LOCAL", date: "2026-01-01" }),
    ).toBeNull();
    expect(
      findNorm(versioned, { activityKind: "TECHNOLOGY_LINE", fundLevel: "NATIONAL", date: "2026-01-01" }),
    ).toBeNull();
  });

  it("rejects a date that is not YYYY-MM-DD", () => {
    expect(() => at(versioned, "2026-7-1")).toThrow(RangeError);
    expect(() => at(versioned, "2026-02-29")).toThrow(RangeError);
  });
});
