import { can, todayInVietnam } from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { Programme } from "../programme/programme.entity.js";
import { AnnualPlan } from "./annual-plan.entity.js";
import type { ApproveAnnualPlanArgs, PlanVersionArgs, ReopenAnnualPlanArgs } from "./plan.args.js";
import {
  APPROVED_PLAN_STATUS,
  OPEN_PLAN_STATUS,
  PLAN_STATUS_LABELS,
  PLAN_TRANSITIONS,
  type PlanTransition,
} from "@khuyencong/domain";
import { notifyPlanOpened } from "../notifications/notification-events.js";

const WHAT = "kế hoạch khuyến công";

/** Every plan, by year. The plans themselves are no secret; their registrations are scoped. */
export function listPlans(ctx: Ctx): Promise<AnnualPlan[]> {
  return ctx.em.find(AnnualPlan, { order: { year: "ASC", programmeCode: "ASC" } });
}

/** The plan of a year (of the latest programme covering it); NOT_FOUND before it is opened. */
export async function getPlan(ctx: Ctx, year: number): Promise<AnnualPlan> {
  const plan = await ctx.em
    .createQueryBuilder(AnnualPlan, "plan")
    .innerJoin(Programme, "programme", "programme.code = plan.programme_code")
    .where("plan.year = :year", { year })
    .orderBy("programme.first_year", "DESC")
    .getOne();
  if (!plan) throw notOpened(year);
  return plan;
}

/**
 * The programme whose period covers `year` (the latest, should periods ever overlap). BAD_USER_INPUT
 * on `field` (the argument that carried the year) otherwise, naming the current programme's period.
 */
export async function programmeForYear(ctx: Ctx, year: number, field = "year"): Promise<Programme> {
  const programme = await ctx.em
    .createQueryBuilder(Programme, "programme")
    .where(":year BETWEEN programme.firstYear AND programme.lastYear", { year })
    .orderBy("programme.firstYear", "DESC")
    .getOne();
  if (programme) return programme;
  const current = await ctx.em.findOne(Programme, { where: {}, order: { firstYear: "DESC" } });
  const period = current ? ` (${current.firstYear}–${current.lastYear})` : "";
  throw AppError.badInput(`Năm ${year} nằm ngoài kỳ của chương trình khuyến công${period}`, field);
}

/**
 * For a mutation: the year's plan, locked (FOR UPDATE) until the transaction ends, so that no
 * registration slips in while the department consolidates, and the other way round.
 */
export async function lockPlanOfYear(tx: Ctx, year: number): Promise<AnnualPlan> {
  const programme = await programmeForYear(tx, year);
  const plan = await tx.em
    .createQueryBuilder(AnnualPlan, "plan")
    .where("plan.programmeCode = :code AND plan.year = :year", { code: programme.code, year })
    .setLock("pessimistic_write")
    .getOne();
  if (!plan) throw notOpened(year);
  return plan;
}

export async function lockPlanById(tx: Ctx, id: string): Promise<AnnualPlan> {
  const plan = await tx.em
    .createQueryBuilder(AnnualPlan, "plan")
    .where("plan.id = :id", { id })
    .setLock("pessimistic_write")
    .getOne();
  if (!plan) throw AppError.notFound(WHAT);
  return plan;
}

/** INVALID_TRANSITION unless the plan takes registrations; the message says the plan's state. */
export function assertOpenForRegistration(plan: AnnualPlan, doing: string): void {
  if (plan.status === OPEN_PLAN_STATUS) return;
  const why =
    plan.status === APPROVED_PLAN_STATUS
      ? `Kế hoạch đã được phê duyệt${plan.decisionNumber ? ` (Quyết định số ${plan.decisionNumber})` : ""} và bị khóa.`
      : "Sở Công Thương đã tổng hợp kế hoạch; cần mở lại kế hoạch để thay đổi.";
  throw new AppError(
    "INVALID_TRANSITION",
    `Không thể ${doing}: kế hoạch khuyến công năm ${plan.year} đang ở trạng thái "${PLAN_STATUS_LABELS[plan.status]}". ${why}`,
  );
}

/**
 * A change to a registration is a change to the plan: its version moves on, so that a department
 * consolidating or approving from an older reading gets STALE_VERSION. The row is locked already.
 */
export async function touchPlan(tx: Ctx, plan: AnnualPlan): Promise<void> {
  await updateVersioned(tx.em, AnnualPlan, plan, {}, WHAT);
}

/** The department opens the plan of a year for registration. */
export function openPlan(ctx: Ctx, year: number): Promise<AnnualPlan> {
  assertDepartment(ctx);
  return inTransaction(ctx, async (tx) => {
    const programme = await programmeForYear(tx, year);
    // Two departments opening the same year at once: the second waits, then finds the first's plan.
    // (The unique index UQ_annual_plan_year would refuse it anyway, but as a 500.)
    await tx.em.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
      `khuyencong.annual-plan.${programme.code}.${year}`,
    ]);
    const existing = await tx.em.findOneBy(AnnualPlan, { programmeCode: programme.code, year });
    if (existing) throw alreadyOpened(existing);
    const plan = await tx.em.save(
      tx.em.create(AnnualPlan, {
        programmeCode: programme.code,
        year,
        status: OPEN_PLAN_STATUS,
        decisionNumber: null,
        decisionDate: null,
        consolidatedAt: null,
        consolidatedById: null,
        approvedAt: null,
        approvedById: null,
      }),
    );
    await recordAudit(tx, {
      action: "annual_plan.open",
      entityType: "AnnualPlan",
      entityId: plan.id,
      after: plan,
    });
    await notifyPlanOpened(tx, plan);
    return plan;
  });
}

/** OPEN → CONSOLIDATED: the registrations are frozen while the department compares and submits them. */
export function consolidatePlan(ctx: Ctx, args: PlanVersionArgs): Promise<AnnualPlan> {
  return transition(ctx, args, "consolidate", (tx) => ({
    consolidatedAt: new Date(),
    consolidatedById: tx.user?.id ?? null,
  }));
}

/** CONSOLIDATED → OPEN, with a reason kept in the audit log; the consolidation is undone. */
export function reopenPlan(ctx: Ctx, args: ReopenAnnualPlanArgs): Promise<AnnualPlan> {
  return transition(ctx, args, "reopen", () => ({ consolidatedAt: null, consolidatedById: null }), {
    reason: args.reason.trim(),
  });
}

/** CONSOLIDATED → APPROVED: records the decision; the plan is locked for good. */
export function approvePlan(ctx: Ctx, args: ApproveAnnualPlanArgs): Promise<AnnualPlan> {
  assertDepartment(ctx);
  assertDecisionDate(args.decisionDate);
  return transition(ctx, args, "approve", (tx) => ({
    decisionNumber: args.decisionNumber.trim(),
    decisionDate: args.decisionDate,
    approvedAt: new Date(),
    approvedById: tx.user?.id ?? null,
  }));
}

async function transition(
  ctx: Ctx,
  args: PlanVersionArgs,
  name: PlanTransition,
  patch: (tx: Ctx) => Partial<AnnualPlan>,
  auditExtra: Record<string, unknown> = {},
): Promise<AnnualPlan> {
  assertDepartment(ctx);
  const rule = PLAN_TRANSITIONS[name];
  return inTransaction(ctx, async (tx) => {
    const before = await lockPlanOfYear(tx, args.year);
    if (before.status !== rule.from) {
      throw new AppError(
        "INVALID_TRANSITION",
        `Không thể ${rule.verb} kế hoạch khuyến công năm ${before.year}: kế hoạch đang ở trạng thái "${PLAN_STATUS_LABELS[before.status]}", chỉ ${rule.verb} được khi ở trạng thái "${PLAN_STATUS_LABELS[rule.from]}".`,
      );
    }
    const change = await updateVersioned(
      tx.em,
      AnnualPlan,
      { id: before.id, version: args.version },
      { ...patch(tx), status: rule.to },
      WHAT,
    );
    await recordAudit(tx, {
      action: `annual_plan.${name}`,
      entityType: "AnnualPlan",
      entityId: before.id,
      before: change.before,
      after: { ...change.after, ...auditExtra },
    });
    return change.after;
  });
}

/**
 * Only who manages annual plans (the department) runs them; the resolvers ask it too, this keeps the
 * service honest alone.
 */
function assertDepartment(ctx: Ctx): void {
  if (!ctx.user) throw AppError.unauthenticated();
  if (!can(ctx.user.role, "ManageAnnualPlans")) throw AppError.forbidden();
}

/**
 * Not after today in Việt Nam: a decision is recorded once it is signed. (That it is a real day is the
 * CalendarDate scalar's job.)
 */
function assertDecisionDate(date: string): void {
  if (date > todayInVietnam())
    throw AppError.badInput("Ngày quyết định không được sau ngày hôm nay", "decisionDate");
}

function notOpened(year: number): AppError {
  return new AppError("NOT_FOUND", `Kế hoạch khuyến công năm ${year} chưa được mở.`);
}

function alreadyOpened(plan: AnnualPlan): AppError {
  return new AppError(
    "INVALID_TRANSITION",
    `Kế hoạch khuyến công năm ${plan.year} đã được mở, đang ở trạng thái "${PLAN_STATUS_LABELS[plan.status]}"`,
  );
}
