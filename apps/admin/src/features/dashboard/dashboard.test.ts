import { describe, expect, it } from "vitest";
import {
  compactDong,
  currentProgrammeYear,
  formatCount,
  formatRate,
  fundRows,
  groupAttainment,
  groupHref,
  projectsHref,
  stateCounts,
  yearsUpTo,
} from "./dashboard";
import { parseProjectFilters } from "../projects/project-filters";

const YEARS = [2026, 2027, 2028, 2029, 2030];

describe("currentProgrammeYear", () => {
  it("is this year inside the period, else the nearest end", () => {
    expect(currentProgrammeYear(YEARS, "2027-06-01")).toBe(2027);
    expect(currentProgrammeYear(YEARS, "2025-12-31")).toBe(2026);
    expect(currentProgrammeYear(YEARS, "2031-01-01")).toBe(2030);
    expect(currentProgrammeYear(undefined, "2028-03-03")).toBe(2028);
  });
});

describe("figures", () => {
  it("writes rates with the language's decimal mark, a dash without a target", () => {
    expect(formatRate(0.4521, "vi")).toBe("45,2%");
    expect(formatRate(0.4521, "en")).toBe("45.2%");
    expect(formatRate(1, "vi")).toBe("100,0%");
    expect(formatRate(null, "vi")).toBe("—");
  });

  it("groups thousands as each language does", () => {
    expect(formatCount(1234567, "vi")).toBe("1.234.567");
    expect(formatCount(1234567, "en")).toBe("1,234,567");
    expect(formatCount(12, "vi")).toBe("12");
  });

  it("shows big sums in tỷ or triệu, small ones exactly", () => {
    expect(compactDong(5_000_000_000, "vi")).toBe("5 tỷ ₫");
    expect(compactDong(1_250_000_000, "vi")).toBe("1,25 tỷ ₫");
    expect(compactDong(12_345_000_000, "vi")).toBe("12,3 tỷ ₫");
    expect(compactDong(1_234_000_000_000, "vi")).toBe("1.234 tỷ ₫");
    expect(compactDong(300_000_000, "vi")).toBe("300 triệu ₫");
    expect(compactDong(300_000_000, "en")).toBe("300 million ₫");
    expect(compactDong(1_250_000_000, "en")).toBe("1.25 billion ₫");
    expect(compactDong(950_000, "vi")).toBe("950.000 ₫");
    expect(compactDong(0, "vi")).toBe("0 ₫");
    expect(compactDong(null, "vi")).toBe("—");
  });
});

describe("links", () => {
  it("opens the đề án list filtered as the figure counts, as the list reads its address", () => {
    expect(projectsHref({ state: "SUBMITTED" })).toBe("/de-an?state=SUBMITTED");
    const href = projectsHref({ state: ["SUBMITTED", "APPRAISED"], year: 2026, fund: "CITY_BUDGET" });
    expect(href).toBe("/de-an?state=SUBMITTED,APPRAISED&year=2026&fund=CITY_BUDGET");
    expect(parseProjectFilters(href.slice("/de-an".length))).toMatchObject({
      states: ["SUBMITTED", "APPRAISED"],
      year: 2026,
      fund: "CITY_BUDGET",
    });
    expect(projectsHref({})).toBe("/de-an");
  });

  it("anchors a content group on the programme screen", () => {
    expect(groupHref("II")).toBe("/chuong-trinh#nhom-II");
  });
});

describe("fundRows", () => {
  const envelope = (fundSource: "CITY_BUDGET" | "NATIONAL_FUND", amount: number) => ({
    fundSource,
    amount,
    allocated: 0,
    available: amount,
  });

  it("lists the funds with an envelope or a đề án in the decision's order, envelopes added up", () => {
    const rows = fundRows(
      [envelope("CITY_BUDGET", 5_000_000_000), envelope("CITY_BUDGET", 1_000_000_000)],
      [
        {
          fundSource: "COUNTERPART",
          projectCount: 1,
          approved: 0,
          advanced: 0,
          paid: 0,
          finalSupport: 0,
        },
        {
          fundSource: "CITY_BUDGET",
          projectCount: 2,
          approved: 300_000_000,
          committed: 280_000_000,
          advanced: 210_000_000,
          paid: 250_000_000,
          finalSupport: 0,
        },
      ],
    );
    expect(rows.map((r) => r.fundSource)).toEqual(["CITY_BUDGET", "COUNTERPART"]);
    expect(rows[0]).toEqual({
      fundSource: "CITY_BUDGET",
      envelope: 6_000_000_000,
      projectCount: 2,
      approved: 300_000_000,
      committed: 280_000_000,
      advanced: 210_000_000,
      paid: 250_000_000,
      settled: 0,
    });
    expect(rows[1]?.envelope).toBeNull();
  });

  it("is empty when nothing is recorded, and has no envelope for a role that may not read them", () => {
    expect(fundRows([], [])).toEqual([]);
    const rows = fundRows(null, [{ fundSource: "CITY_BUDGET", projectCount: 1, approved: 0 }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.envelope).toBeNull();
    expect(rows[0]?.paid).toBe(0);
  });
});

describe("stateCounts", () => {
  it("lists every state in the lifecycle's order, zeros included", () => {
    const counts = stateCounts([
      { state: "SUBMITTED", projectCount: 1 },
      { state: "DRAFT", projectCount: 3 },
    ]);
    expect(counts).toHaveLength(13);
    expect(counts[0]).toEqual({ state: "DRAFT", count: 3 });
    expect(counts[1]).toEqual({ state: "SUBMITTED", count: 1 });
    expect(counts.find((c) => c.state === "CLOSED")?.count).toBe(0);
  });
});

describe("groupAttainment", () => {
  it("gives each group its rate to date per year and its counts as of the year chosen", () => {
    const row = (year: number, code: string, toDate: number | null, period: number | null, behind = 0) => ({
      year,
      groupCode: code,
      groupName: `Nhóm ${code}`,
      attainment: period,
      attainmentToDate: toDate,
      linesAchieved: 0,
      linesOnTrack: 1,
      linesBehind: behind,
    });
    const groups = groupAttainment(
      [row(2026, "I", 0.5, 0.1), row(2027, "I", 0.25, 0.1, 2), row(2026, "II", null, null)],
      2027,
    );
    expect(groups.map((g) => g.code)).toEqual(["I", "II"]);
    expect(groups[0]).toMatchObject({
      toDate: { 2026: 0.5, 2027: 0.25 },
      period: 0.1,
      behind: 2,
      onTrack: 1,
    });
    expect(groups[1]?.period).toBeNull();
  });

  it("judges as of the years up to the one chosen", () => {
    expect(yearsUpTo(YEARS, 2027)).toEqual([2026, 2027]);
  });
});
