import { describe, expect, it } from "vitest";
import {
  COMMUNE_REPORT_STATUSES,
  COMMUNE_REPORT_TRANSITIONS,
  communeReportLineProblems,
  communeReportTransitionProblems,
  isCommuneReportStatus,
} from "./commune-report.js";

describe("the commune's yearly report", () => {
  it("goes DRAFT → SUBMITTED (→ RETURNED → SUBMITTED) → ACCEPTED, and nowhere else", () => {
    const allowed = COMMUNE_REPORT_STATUSES.flatMap((from) =>
      (Object.keys(COMMUNE_REPORT_TRANSITIONS) as (keyof typeof COMMUNE_REPORT_TRANSITIONS)[])
        .filter(
          (a) =>
            communeReportTransitionProblems(from, a, { lineCount: 1, reason: "Thiếu số liệu" }).length === 0,
        )
        .map((a) => `${from} ${a} → ${COMMUNE_REPORT_TRANSITIONS[a].to}`),
    );
    expect(allowed).toEqual([
      "DRAFT SUBMIT → SUBMITTED",
      "SUBMITTED RETURN → RETURNED",
      "SUBMITTED ACCEPT → ACCEPTED",
      "RETURNED SUBMIT → SUBMITTED",
    ]);
    expect(
      communeReportTransitionProblems("ACCEPTED", "RETURN", { lineCount: 1, reason: "x" })[0],
    ).toMatchObject({
      code: "INVALID_TRANSITION",
      message: expect.stringContaining("Sở đã tiếp nhận"),
    });
  });

  it("is not sent empty, and is not returned without a reason", () => {
    expect(communeReportTransitionProblems("DRAFT", "SUBMIT", { lineCount: 0 })).toMatchObject([
      { code: "BAD_USER_INPUT", field: "lines", citation: { article: "Điều 2" } },
    ]);
    expect(
      communeReportTransitionProblems("SUBMITTED", "RETURN", { lineCount: 3, reason: "  " }),
    ).toMatchObject([{ code: "BAD_USER_INPUT", field: "reason" }]);
  });

  it("takes whole, non-negative achievements and bounded notes", () => {
    expect(communeReportLineProblems({ achieved: 0 })).toEqual([]);
    expect(communeReportLineProblems({ achieved: 12, note: "Hai lớp tập huấn" })).toEqual([]);
    for (const achieved of [-1, 1.5, Number.NaN, 2_000_000]) {
      expect(communeReportLineProblems({ achieved })[0]?.field).toBe("achieved");
    }
    expect(communeReportLineProblems({ achieved: 1, note: "x".repeat(2001) })[0]?.field).toBe("note");
    expect(isCommuneReportStatus("SUBMITTED")).toBe(true);
    expect(isCommuneReportStatus("submitted")).toBe(false);
  });
});
