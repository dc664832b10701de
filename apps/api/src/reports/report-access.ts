import { type Capability, can } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { AnnualPlan } from "../plans/annual-plan.entity.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import { annualReport } from "./annual-report.service.js";
import { communeReportsReport } from "../commune-reports/commune-reports.report.js";
import { planRegistrationReport } from "./plan-registration-report.service.js";
import { progressReport } from "./progress-report.service.js";
import type { Report } from "./report-table.js";

/*
 * Who downloads which report: a capability per report, granted in the domain's access table
 * (docs/decisions.md, "Reports"):
 * - the progress report is city-wide aggregates by target line, like programmeProgress: every role;
 * - Sở Công Thương's yearly report carries money per fund source and supported facilities per commune:
 *   the department, Sở Tài chính, Kho bạc, analysts and the administrator, not a commune or a unit;
 * - the registration summary: every role, scoped to the viewer's registrations (plan-scope.ts).
 */

export const REPORT_KINDS = ["progress", "annual", "plan-registrations", "commune-reports"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What each report requires; the holders are in the domain's access table. */
export const REPORT_CAPABILITIES: Readonly<Record<ReportKind, Capability>> = {
  progress: "DownloadProgressReport",
  annual: "DownloadAnnualReport",
  "plan-registrations": "DownloadPlanRegistrationReport",
  // The communes' yearly reports consolidated: the department that reviews them.
  "commune-reports": "ReviewCommuneReports",
};

export const REPORT_TITLES: Readonly<Record<ReportKind, (year: number) => string>> = {
  progress: (year) => `Báo cáo tiến độ thực hiện Chương trình khuyến công năm ${year}`,
  annual: (year) =>
    `Báo cáo kết quả thực hiện Chương trình khuyến công năm ${year} (gửi Bộ Công Thương, UBND thành phố)`,
  "plan-registrations": (year) => `Tổng hợp đăng ký kế hoạch khuyến công năm ${year}`,
  "commune-reports": (year) => `Tổng hợp báo cáo năm ${year} của các xã, phường, đặc khu`,
};

export const reportPath = (kind: ReportKind, year: number, format: "xlsx" | "csv") =>
  `/reports/${kind}/${year}.${format}`;

export function mayDownload(ctx: Ctx, kind: ReportKind): boolean {
  return !!ctx.user && can(ctx.user.role, REPORT_CAPABILITIES[kind]);
}

/** The report of `kind` for `year`, after the checks: signed in, the role, the year in the programme. */
export async function buildReport(ctx: Ctx, kind: ReportKind, year: number): Promise<Report> {
  if (!ctx.user) throw AppError.unauthenticated();
  if (!mayDownload(ctx, kind)) throw AppError.forbidden();
  await programmeForYear(ctx, year, "year");
  switch (kind) {
    case "progress":
      return progressReport(ctx, year);
    case "annual":
      return annualReport(ctx, year);
    case "plan-registrations":
      return planRegistrationReport(ctx, year);
    case "commune-reports":
      return communeReportsReport(ctx, year);
  }
}

export interface ReportDownloadItem {
  kind: ReportKind;
  title: string;
  xlsxPath: string;
  csvPath: string;
}

/**
 * The reports of `year` the user may download, for the admin app's Reports screen. The registration
 * summary is listed once the year's plan is opened (before, there is nothing to sum, and its route
 * answers 404).
 */
export async function reportDownloads(ctx: Ctx, year: number): Promise<ReportDownloadItem[]> {
  if (!ctx.user) throw AppError.unauthenticated();
  const programme = await programmeForYear(ctx, year, "year");
  const planOpened = await ctx.em.existsBy(AnnualPlan, { programmeCode: programme.code, year });
  return REPORT_KINDS.filter((kind) => mayDownload(ctx, kind))
    .filter((kind) => kind !== "plan-registrations" || planOpened)
    .map((kind) => ({
      kind,
      title: REPORT_TITLES[kind](year),
      xlsxPath: reportPath(kind, year, "xlsx"),
      csvPath: reportPath(kind, year, "csv"),
    }));
}
