import { can } from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { assertCommuneExists } from "../communes/commune.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { deleteVersioned, updateVersioned } from "../db/versioned-update.js";
import { AppError } from "../errors.js";
import { type Page, type PageArgs, paginate } from "../graphql/pagination.js";
import type { AnnualPlan } from "./annual-plan.entity.js";
import { assertOpenForRegistration, lockPlanById, lockPlanOfYear, touchPlan } from "./annual-plan.service.js";
import type {
  RegisterPlannedActivityArgs,
  UpdatePlanRegistrationArgs,
  WithdrawPlanRegistrationArgs,
} from "./plan.args.js";
import { PlanRegistration } from "./plan-registration.entity.js";
import { inScope, registrationScope, scopeWhere } from "./plan-scope.js";

const WHAT = "đăng ký kế hoạch";

/** A registration the viewer may see; NOT_FOUND otherwise, so that others' registrations stay unseen. */
export async function getRegistration(ctx: Ctx, id: string): Promise<PlanRegistration> {
  const registration = await ctx.em.findOneBy(PlanRegistration, { id });
  if (!registration || !inScope(registrationScope(ctx), registration)) throw AppError.notFound(WHAT);
  return registration;
}

/** The viewer's registrations of a plan, oldest first. */
export function listRegistrations(
  ctx: Ctx,
  plan: AnnualPlan,
  page: PageArgs,
): Promise<Page<PlanRegistration>> {
  const scope = scopeWhere(registrationScope(ctx), "registration");
  const query = ctx.em
    .createQueryBuilder(PlanRegistration, "registration")
    .where("registration.planId = :planId", { planId: plan.id })
    .andWhere(scope.where, scope.params)
    .orderBy("registration.createdAt", "ASC")
    .addOrderBy("registration.id", "ASC");
  return paginate(query, page);
}

export async function registerActivity(
  ctx: Ctx,
  args: RegisterPlannedActivityArgs,
): Promise<PlanRegistration> {
  const registrant = resolveRegistrant(ctx, args);
  return inTransaction(ctx, async (tx) => {
    const plan = await lockPlanOfYear(tx, args.year);
    assertOpenForRegistration(plan, "đăng ký thêm hoạt động");
    if (registrant.communeCode) await assertCommuneExists(tx, registrant.communeCode);
    if (registrant.unitId && !(await tx.loaders.unitById.load(registrant.unitId))) {
      throw AppError.badInput("Đơn vị thực hiện không tồn tại", "unitId");
    }
    await assertTargetLineOfPlan(tx, plan, args.targetLineId);
    const registration = await tx.em.save(
      tx.em.create(PlanRegistration, {
        planId: plan.id,
        ...registrant,
        targetLineId: args.targetLineId,
        quantity: args.quantity,
        estimatedCost: args.estimatedCost,
        fundSource: args.fundSource,
        note: cleanNote(args.note),
        createdById: tx.user?.id,
      }),
    );
    await touchPlan(tx, plan);
    await recordAudit(tx, {
      action: "plan_registration.create",
      entityType: "PlanRegistration",
      entityId: registration.id,
      after: { ...registration, year: plan.year },
    });
    return registration;
  });
}

export function updateRegistration(ctx: Ctx, args: UpdatePlanRegistrationArgs): Promise<PlanRegistration> {
  assertRegistrantRole(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await getRegistration(tx, args.id);
    const plan = await lockPlanById(tx, before.planId);
    assertOpenForRegistration(plan, "sửa đăng ký");
    const targetLineId = args.targetLineId ?? before.targetLineId;
    if (targetLineId !== before.targetLineId) await assertTargetLineOfPlan(tx, plan, targetLineId);
    const change = await updateVersioned(
      tx.em,
      PlanRegistration,
      { id: before.id, version: args.version },
      (current) => ({
        targetLineId,
        quantity: args.quantity ?? current.quantity,
        estimatedCost: args.estimatedCost ?? current.estimatedCost,
        fundSource: args.fundSource ?? current.fundSource,
        note: args.note === undefined ? current.note : cleanNote(args.note),
      }),
      WHAT,
    );
    await touchPlan(tx, plan);
    await recordAudit(tx, {
      action: "plan_registration.update",
      entityType: "PlanRegistration",
      entityId: before.id,
      ...change,
    });
    return change.after;
  });
}

/** Deletes the registration; the audit row keeps what it was. Returns it as it was. */
export function withdrawRegistration(
  ctx: Ctx,
  args: WithdrawPlanRegistrationArgs,
): Promise<PlanRegistration> {
  assertRegistrantRole(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await getRegistration(tx, args.id);
    const plan = await lockPlanById(tx, before.planId);
    assertOpenForRegistration(plan, "rút đăng ký");
    const withdrawn = await deleteVersioned(
      tx.em,
      PlanRegistration,
      { id: before.id, version: args.version },
      WHAT,
    );
    await touchPlan(tx, plan);
    await recordAudit(tx, {
      action: "plan_registration.withdraw",
      entityType: "PlanRegistration",
      entityId: before.id,
      before: withdrawn,
    });
    return withdrawn;
  });
}

/**
 * Who registers: a commune officer for their commune, an implementing unit for their unit (both by
 * default, FORBIDDEN for anyone else), the department for exactly one commune or unit it names.
 */
function resolveRegistrant(
  ctx: Ctx,
  args: { communeCode?: string | null; unitId?: string | null },
): { communeCode: string | null; unitId: string | null } {
  assertRegistrantRole(ctx);
  const communeCode = args.communeCode?.trim() || null;
  const unitId = args.unitId?.trim() || null;
  const scope = registrationScope(ctx);
  switch (scope.kind) {
    case "COMMUNE":
      if (unitId || (communeCode && communeCode !== scope.communeCode)) {
        throw AppError.forbidden("Bạn chỉ được đăng ký kế hoạch cho xã, phường, đặc khu của mình");
      }
      return { communeCode: scope.communeCode, unitId: null };
    case "UNIT":
      if (communeCode || (unitId && unitId !== scope.unitId)) {
        throw AppError.forbidden("Bạn chỉ được đăng ký kế hoạch cho đơn vị thực hiện của mình");
      }
      return { communeCode: null, unitId: scope.unitId };
    case "ALL":
      if (communeCode && unitId) {
        throw AppError.badInput(
          "Mỗi đăng ký thuộc một xã, phường, đặc khu hoặc một đơn vị thực hiện, không thể cả hai",
          "unitId",
        );
      }
      if (!communeCode && !unitId) {
        throw AppError.badInput(
          "Vui lòng chọn xã, phường, đặc khu hoặc đơn vị thực hiện đăng ký",
          "communeCode",
        );
      }
      return { communeCode, unitId };
  }
}

/** The resolvers ask the same capability; checked here too so that the service is safe on its own. */
function assertRegistrantRole(ctx: Ctx): void {
  if (!ctx.user) throw AppError.unauthenticated();
  if (!can(ctx.user.role, "RegisterPlans")) throw AppError.forbidden();
}

async function assertTargetLineOfPlan(tx: Ctx, plan: AnnualPlan, targetLineId: string): Promise<void> {
  const line = await tx.loaders.targetLineById.load(targetLineId);
  if (!line) throw AppError.badInput("Dòng chỉ tiêu không tồn tại", "targetLineId");
  if (line.programmeCode !== plan.programmeCode) {
    throw AppError.badInput(
      `Dòng chỉ tiêu ${line.code} thuộc chương trình ${line.programmeCode}, không thuộc chương trình của kế hoạch năm ${plan.year} (${plan.programmeCode})`,
      "targetLineId",
    );
  }
}

function cleanNote(note: string | null | undefined): string | null {
  return note?.trim() || null;
}
