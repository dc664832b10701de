import {
  COMMUNE_REPORT_EDITABLE_STATUSES,
  COMMUNE_REPORT_INITIAL_STATUS,
  COMMUNE_REPORT_SENT_STATUSES,
  COMMUNE_REPORT_STATUS_LABELS,
  COMMUNE_REPORT_TRANSITIONS,
  type CommuneReportAction,
  can,
  communeReportLineProblems,
  communeReportTransitionProblems,
  todayInVietnam,
  yearlyDutyOccurrence,
} from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { Commune } from "../communes/commune.entity.js";
import { assertCommuneExists } from "../communes/commune.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { type DataScope, dataScopeOfUser, scopeWhere } from "../db/data-scope.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { programmeForYear } from "../plans/annual-plan.service.js";
import { TargetLine } from "../programme/target-line.entity.js";
import type {
  CommuneReportLineInput,
  CommuneReportOfArgs,
  CommuneReportVersionArgs,
  ReturnCommuneReportArgs,
  SaveCommuneReportArgs,
} from "./commune-report.args.js";
import { CommuneReport, CommuneReportLine } from "./commune-report.entity.js";
import type { CommuneReportStanding } from "./commune-report.types.js";
import { notifyCommuneReportReviewed } from "../notifications/notification-events.js";

const WHAT = "báo cáo năm của xã";
/** The duty of the reporting calendar that this report discharges. */
export const COMMUNE_REPORT_DUTY = "COMMUNE_YEARLY_REPORT";

/** The report with this id if the viewer may read it; NOT_FOUND otherwise (another commune's stays unseen). */
export async function getCommuneReport(ctx: Ctx, id: string): Promise<CommuneReport> {
  const report = await ctx.em.findOneBy(CommuneReport, { id });
  if (!report || !mayRead(dataScopeOfUser(ctx.user), report.communeCode)) throw AppError.notFound(WHAT);
  return report;
}

/**
 * A commune's report for a year, or null when it has not been started. A commune officer asks their own
 * (the default); another commune's is FORBIDDEN to them. A unit has no commune report: null.
 */
export async function communeReportOf(ctx: Ctx, args: CommuneReportOfArgs): Promise<CommuneReport | null> {
  if (dataScopeOfUser(ctx.user).kind === "UNIT") return null;
  const communeCode = communeOfRequest(ctx, args.communeCode, "xem");
  return ctx.em.findOneBy(CommuneReport, { communeCode, year: args.year });
}

/** The years a commune has sent its report for (submitted or accepted): its duty done. */
export async function sentReportYears(ctx: Ctx, communeCode: string): Promise<Set<number>> {
  const rows = await ctx.em
    .createQueryBuilder(CommuneReport, "report")
    .select("report.year", "year")
    .where("report.communeCode = :communeCode", { communeCode })
    .andWhere("report.status IN (:...statuses)", { statuses: [...COMMUNE_REPORT_SENT_STATUSES] })
    .getRawMany<{ year: number }>();
  return new Set(rows.map((r) => Number(r.year)));
}

/** The lines of a report, in the programme's order of target lines. */
export function linesOf(ctx: Ctx, report: CommuneReport): Promise<CommuneReportLine[]> {
  return ctx.em
    .createQueryBuilder(CommuneReportLine, "line")
    .innerJoin(TargetLine, "target", "target.id = line.targetLineId")
    .where("line.reportId = :id", { id: report.id })
    .orderBy("target.groupCode", "ASC")
    .addOrderBy("target.position", "ASC")
    .addOrderBy("target.code", "ASC")
    .getMany();
}

/**
 * Starts the year's report (no `version`) or changes a draft or returned one: its note and all its lines,
 * which replace those saved before. One line per target line of the year's programme.
 */
export function saveCommuneReport(ctx: Ctx, args: SaveCommuneReportArgs): Promise<CommuneReport> {
  assertCan(ctx, "SubmitCommuneReport");
  const communeCode = communeOfRequest(ctx, args.communeCode, "lập");
  return inTransaction(ctx, async (tx) => {
    await assertCommuneExists(tx, communeCode);
    const programme = await programmeForYear(tx, args.year);
    await assertLines(tx, programme.code, args.lines);
    // Two officers starting the same report at once: the second waits, then finds the first's.
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
      `khuyencong.commune-report.${communeCode}.${args.year}`,
    ]);
    const existing = await tx.em.findOneBy(CommuneReport, { communeCode, year: args.year });
    if (args.version == null) {
      if (existing) {
        throw AppError.conflict(
          `Báo cáo năm ${args.year} của xã đã được lập (${COMMUNE_REPORT_STATUS_LABELS[existing.status]}): mở báo cáo để sửa`,
          "version",
        );
      }
      const report = await tx.em.save(
        tx.em.create(CommuneReport, {
          communeCode,
          year: args.year,
          programmeCode: programme.code,
          status: COMMUNE_REPORT_INITIAL_STATUS,
          note: clean(args.note),
          createdById: tx.user?.id,
        }),
      );
      const lines = await replaceLines(tx, report, args.lines);
      await recordAudit(tx, {
        action: "commune_report.create",
        entityType: "CommuneReport",
        entityId: report.id,
        after: { ...report, lines },
      });
      return report;
    }
    if (!existing) throw AppError.notFound(WHAT);
    const beforeLines = await linesOf(tx, existing);
    const change = await updateVersioned(
      tx.em,
      CommuneReport,
      { id: existing.id, version: args.version },
      (locked) => {
        if (!COMMUNE_REPORT_EDITABLE_STATUSES.includes(locked.status)) {
          throw new AppError(
            "INVALID_TRANSITION",
            `Không thể sửa báo cáo khi báo cáo ở trạng thái “${COMMUNE_REPORT_STATUS_LABELS[locked.status]}”`,
          );
        }
        return { note: clean(args.note) };
      },
      WHAT,
    );
    const lines = await replaceLines(tx, change.after, args.lines);
    await recordAudit(tx, {
      action: "commune_report.update",
      entityType: "CommuneReport",
      entityId: existing.id,
      before: { ...change.before, lines: beforeLines },
      after: { ...change.after, lines },
    });
    return change.after;
  });
}

/** The commune sends its report to the department (first time, or again after a return). */
export function submitCommuneReport(ctx: Ctx, args: CommuneReportVersionArgs): Promise<CommuneReport> {
  assertCan(ctx, "SubmitCommuneReport");
  return transition(ctx, args, "SUBMIT", "commune_report.submit", () => ({
    submittedAt: new Date(),
    submittedById: ctx.user?.id ?? null,
  }));
}

/** The department returns the report for completion, saying what is missing. */
export function returnCommuneReport(ctx: Ctx, args: ReturnCommuneReportArgs): Promise<CommuneReport> {
  assertCan(ctx, "ReviewCommuneReports");
  return transition(
    ctx,
    args,
    "RETURN",
    "commune_report.return",
    () => ({ reviewedAt: new Date(), reviewedById: ctx.user?.id ?? null, returnReason: args.reason.trim() }),
    args.reason,
  );
}

/** The department accepts the report: final, it counts in the city's consolidated report. */
export function acceptCommuneReport(ctx: Ctx, args: CommuneReportVersionArgs): Promise<CommuneReport> {
  assertCan(ctx, "ReviewCommuneReports");
  return transition(ctx, args, "ACCEPT", "commune_report.accept", () => ({
    reviewedAt: new Date(),
    reviewedById: ctx.user?.id ?? null,
  }));
}

/**
 * Who has reported on `year` and who has not: every commune-level unit (UBND cấp xã, the decision's
 * Điều 2 khoản 6), with its report if any, whether it was sent, and whether it is overdue on `today`
 * by the reporting calendar's due date. Those that have not sent come first, then by name.
 */
export async function communeReportStandings(
  ctx: Ctx,
  year: number,
  today: string = todayInVietnam(),
): Promise<CommuneReportStanding[]> {
  assertCan(ctx, "ReviewCommuneReports");
  await programmeForYear(ctx, year);
  const dueOn = yearlyDutyOccurrence(COMMUNE_REPORT_DUTY, year).dueOn;
  const scope = scopeWhere(dataScopeOfUser(ctx.user), "commune_report", "report");
  const [communes, reports] = await Promise.all([
    ctx.em.find(Commune, { order: { name: "ASC" } }),
    ctx.em
      .createQueryBuilder(CommuneReport, "report")
      .where("report.year = :year", { year })
      .andWhere(scope.where, scope.params)
      .getMany(),
  ]);
  const byCommune = new Map(reports.map((r) => [r.communeCode, r]));
  const standings = communes.map((commune) => {
    const report = byCommune.get(commune.code) ?? null;
    const sent = report !== null && COMMUNE_REPORT_SENT_STATUSES.includes(report.status);
    return { commune, report, sent, dueOn, overdue: !sent && today > dueOn };
  });
  return standings.sort((a, b) => Number(a.sent) - Number(b.sent));
}

async function transition(
  ctx: Ctx,
  args: CommuneReportVersionArgs,
  action: CommuneReportAction,
  auditAction: "commune_report.submit" | "commune_report.return" | "commune_report.accept",
  patch: () => Partial<CommuneReport>,
  reason?: string,
): Promise<CommuneReport> {
  return inTransaction(ctx, async (tx) => {
    const report = await getCommuneReport(tx, args.id);
    const change = await updateVersioned(
      tx.em,
      CommuneReport,
      { id: report.id, version: args.version },
      async (locked) => {
        const lineCount = await tx.em.countBy(CommuneReportLine, { reportId: locked.id });
        const [problem] = communeReportTransitionProblems(locked.status, action, { lineCount, reason });
        if (problem) throw AppError.fromProblem(problem);
        return { status: COMMUNE_REPORT_TRANSITIONS[action].to, ...patch() };
      },
      WHAT,
    );
    await recordAudit(tx, {
      action: auditAction,
      entityType: "CommuneReport",
      entityId: report.id,
      ...change,
    });
    // Returned or accepted: whoever sent it hears of it.
    if (action !== "SUBMIT") await notifyCommuneReportReviewed(tx, change.after);
    return change.after;
  });
}

async function replaceLines(
  tx: Ctx,
  report: CommuneReport,
  lines: readonly CommuneReportLineInput[],
): Promise<CommuneReportLine[]> {
  await tx.em.delete(CommuneReportLine, { reportId: report.id });
  if (lines.length === 0) return [];
  return tx.em.save(
    lines.map((line) =>
      tx.em.create(CommuneReportLine, {
        reportId: report.id,
        targetLineId: line.targetLineId,
        achieved: line.achieved,
        note: clean(line.note),
      }),
    ),
  );
}

/** Each line on a target line of the year's programme, at most once, within the domain's bounds. */
async function assertLines(
  tx: Ctx,
  programmeCode: string,
  lines: readonly CommuneReportLineInput[],
): Promise<void> {
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    const [problem] = communeReportLineProblems(line);
    if (problem) throw AppError.fromProblem(problem, `lines.${i}.`);
    const target = await tx.loaders.targetLineById.load(line.targetLineId);
    if (!target || target.programmeCode !== programmeCode) {
      throw AppError.badInput(
        `Dòng ${i + 1} không thuộc các chỉ tiêu của chương trình năm báo cáo`,
        `lines.${i}.targetLineId`,
      );
    }
    if (seen.has(line.targetLineId)) {
      throw AppError.badInput(
        `Chỉ tiêu ${target.code} có hai dòng: mỗi chỉ tiêu một dòng`,
        `lines.${i}.targetLineId`,
      );
    }
    seen.add(line.targetLineId);
  }
}

/**
 * The commune a request is about: a commune officer's own (the default); another is FORBIDDEN. A
 * city-wide reader names it. A unit has no commune report.
 */
function communeOfRequest(ctx: Ctx, requested: string | null | undefined, verb: string): string {
  const scope = dataScopeOfUser(ctx.user);
  const code = requested?.trim() || null;
  switch (scope.kind) {
    case "COMMUNE":
      if (code && code !== scope.communeCode) {
        throw AppError.forbidden(`Bạn chỉ được ${verb} báo cáo năm của xã, phường, đặc khu của mình`);
      }
      return scope.communeCode;
    case "UNIT":
      throw AppError.forbidden("Báo cáo năm là của Ủy ban nhân dân xã, không phải của đơn vị thực hiện");
    case "ALL":
      if (!code) throw AppError.badInput("Vui lòng chọn xã, phường, đặc khu", "communeCode");
      return code;
  }
}

function mayRead(scope: DataScope, communeCode: string): boolean {
  return scope.kind === "ALL" || (scope.kind === "COMMUNE" && scope.communeCode === communeCode);
}

/** The resolvers ask the same capability; checked here too so that the service is safe on its own. */
function assertCan(ctx: Ctx, capability: "SubmitCommuneReport" | "ReviewCommuneReports"): void {
  if (!ctx.user) throw AppError.unauthenticated();
  if (!can(ctx.user.role, capability)) throw AppError.forbidden();
}

function clean(note: string | null | undefined): string | null {
  return note?.trim() || null;
}
