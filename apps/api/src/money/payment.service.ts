import {
  type AdvanceActivity,
  checkTransition,
  formatDong,
  PAYMENT_KIND_STATES,
  type PaymentFacts,
  paymentProblems,
  TRANSITION_RULES,
} from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { Project } from "../projects/project.entity.js";
import { getProject } from "../projects/project.service.js";
import { BudgetLine, ProjectActivity, ProjectEvent } from "../projects/project-parts.entity.js";
import { applyProjectReadScope, assertCanPrepare } from "../projects/project-scope.js";
import { PaymentRequest, type PaymentKind } from "./payment-request.entity.js";
import { readTogether } from "../db/read-together.js";
import { updateVersioned } from "../db/versioned-update.js";
import { notifyPaymentPaid } from "../notifications/notification-events.js";

export interface PaymentRequestInput {
  projectId: string;
  requestKey: string;
  kind: PaymentKind;
  amount: number;
  /** Advances: share (basis points) of the cost invested or works done. */
  progress?: number | null;
}

/**
 * The implementer asks the Treasury for money. Sending the same request (same `requestKey`) again
 * returns the first one; the amount must fit what remains of the approved support and, for an advance,
 * the advance rules of each activity.
 */
export function requestPayment(ctx: Ctx, input: PaymentRequestInput): Promise<PaymentRequest> {
  return inTransaction(ctx, async (tx) => {
    const project = await lockProject(tx, input.projectId);
    assertCanPrepare(tx, project);
    const existing = await tx.em.findOneBy(PaymentRequest, {
      projectId: project.id,
      requestKey: input.requestKey,
    });
    if (existing) {
      if (existing.kind !== input.kind || existing.amount !== input.amount) {
        throw AppError.conflict(
          "Mã đề nghị này đã dùng cho một đề nghị khác; hãy tạo đề nghị mới",
          "requestKey",
        );
      }
      return existing;
    }
    await assertFits(tx, project, input.kind, input.amount, input.progress ?? null, "PENDING");
    const request = await tx.em.save(
      tx.em.create(PaymentRequest, {
        projectId: project.id,
        requestKey: input.requestKey,
        kind: input.kind,
        amount: input.amount,
        progress: input.kind === "ADVANCE" ? (input.progress ?? 0) : null,
        status: "PENDING",
        requestedById: tx.user?.id ?? null,
      }),
    );
    await recordAudit(tx, {
      action: "payment.request",
      entityType: "PaymentRequest",
      entityId: request.id,
      after: request,
    });
    return request;
  });
}

/**
 * The Treasury pays a request. The request moves from PENDING to PAID in one conditional UPDATE under the
 * đề án's row lock, so two clicks, two tabs or two clerks pay it once; the limits are checked again.
 * The first advance paid moves a contracted đề án to ADVANCED.
 *
 * Not through `updateVersioned`, on purpose (docs/decisions.md, "One write path"): a payment request has
 * no version the Treasury could have read stale — it acts on a request, once — so its guard is its
 * status (`WHERE status = 'PENDING'`), and "already decided" is the honest refusal, not STALE_VERSION.
 * What must hold under concurrency (one payment per request key, paid ≤ approved support) is held by the
 * đề án's row lock (`lockProject`), taken before the limits are read; a đề án change it makes
 * (RECORD_ADVANCE) does go through `updateVersioned`.
 */
export function payRequest(
  ctx: Ctx,
  args: { id: string; paidOn: string; treasuryReference: string },
): Promise<PaymentRequest> {
  return inTransaction(ctx, async (tx) => {
    const request = await visibleRequest(tx, args.id);
    const project = await lockProject(tx, request.projectId);
    if (!args.treasuryReference.trim())
      throw AppError.badInput("Vui lòng nhập số chứng từ của Kho bạc", "treasuryReference");
    await assertFits(tx, project, request.kind, request.amount, request.progress, "PAY", request.id);
    const [rows] = await tx.em.query(
      `UPDATE payment_request SET status = 'PAID', paid_on = $2, treasury_reference = $3, decided_by_id = $4, decided_at = now()
        WHERE id = $1 AND status = 'PENDING' RETURNING id`,
      [request.id, args.paidOn, args.treasuryReference.trim(), tx.user?.id ?? null],
    );
    if (rows.length === 0)
      throw AppError.conflict("Đề nghị này đã được Kho bạc xử lý, không thanh toán lần nữa");
    // The first advance paid is the lifecycle's RECORD_ADVANCE, from the states that rule leaves.
    if (request.kind === "ADVANCE" && TRANSITION_RULES.RECORD_ADVANCE.from.includes(project.state))
      await markAdvanced(tx, project, request, args.paidOn);
    const after = await tx.em.findOneByOrFail(PaymentRequest, { id: request.id });
    await recordAudit(tx, {
      action: "payment.pay",
      entityType: "PaymentRequest",
      entityId: request.id,
      before: request,
      after,
    });
    await notifyPaymentPaid(tx, after, project);
    return after;
  });
}

/** The Treasury refuses a request, with a reason the implementer can act on. */
export function refuseRequest(ctx: Ctx, args: { id: string; reason: string }): Promise<PaymentRequest> {
  return inTransaction(ctx, async (tx) => {
    const request = await visibleRequest(tx, args.id);
    const reason = args.reason.trim();
    if (!reason) throw AppError.badInput("Cần ghi rõ lý do từ chối", "reason");
    const [rows] = await tx.em.query(
      `UPDATE payment_request SET status = 'REFUSED', refusal_reason = $2, decided_by_id = $3, decided_at = now()
        WHERE id = $1 AND status = 'PENDING' RETURNING id`,
      [request.id, reason, tx.user?.id ?? null],
    );
    if (rows.length === 0) throw AppError.conflict("Đề nghị này đã được Kho bạc xử lý");
    const after = await tx.em.findOneByOrFail(PaymentRequest, { id: request.id });
    await recordAudit(tx, {
      action: "payment.refuse",
      entityType: "PaymentRequest",
      entityId: request.id,
      before: request,
      after,
    });
    return after;
  });
}

/** The Treasury records money the beneficiary returned after settlement. */
export function recordRefund(
  ctx: Ctx,
  args: { projectId: string; version: number; amount: number },
): Promise<Project> {
  return inTransaction(ctx, async (tx) => {
    const project = await getProject(tx, args.projectId);
    // The amount is judged against the đề án as locked: two refunds recorded at once cannot both fit.
    const change = await updateVersioned(
      tx.em,
      Project,
      { id: project.id, version: args.version },
      (locked) => {
        const outstanding = (locked.refundDue ?? 0) - locked.refundReceived;
        if (!Number.isSafeInteger(args.amount) || args.amount <= 0 || args.amount > outstanding) {
          throw AppError.badInput(
            `Số tiền thu hồi phải từ 1 ₫ đến ${formatDong(outstanding)} còn phải thu hồi`,
            "amount",
          );
        }
        return { refundReceived: locked.refundReceived + args.amount };
      },
      "đề án",
    );
    await recordAudit(tx, {
      action: "project.record_refund",
      entityType: "Project",
      entityId: project.id,
      ...change,
    });
    return change.after;
  });
}

export function listRequests(ctx: Ctx, projectId: string): Promise<PaymentRequest[]> {
  return ctx.em.find(PaymentRequest, { where: { projectId }, order: { requestedAt: "ASC" } });
}

/** Requests waiting for the Treasury, oldest first, among the đề án the user may read. */
export async function pendingRequests(ctx: Ctx): Promise<PaymentRequest[]> {
  const projects = applyProjectReadScope(
    ctx,
    ctx.em.createQueryBuilder(Project, "project").select("project.id"),
    "project",
  );
  return ctx.em
    .createQueryBuilder(PaymentRequest, "r")
    .where("r.status = 'PENDING'")
    .andWhere(`r.project_id IN (${projects.getQuery()})`, projects.getParameters())
    .orderBy("r.requestedAt", "ASC")
    .limit(200)
    .getMany();
}

/** A request on a đề án the user may read; NOT_FOUND otherwise. */
async function visibleRequest(ctx: Ctx, id: string): Promise<PaymentRequest> {
  const request = await ctx.em.findOneBy(PaymentRequest, { id });
  if (!request) throw AppError.notFound("đề nghị thanh toán");
  await getProject(ctx, request.projectId);
  return request;
}

/** The đề án the user may read, locked for the rest of the transaction. */
async function lockProject(ctx: Ctx, id: string): Promise<Project> {
  await getProject(ctx, id);
  return ctx.em
    .createQueryBuilder(Project, "p")
    .setLock("pessimistic_write")
    .where("p.id = :id", { id })
    .getOneOrFail();
}

/**
 * The limits a request must respect, when it is made (counting other pending requests) and when it is
 * paid (counting only what was paid): the domain's `paymentProblems` (state fits the kind, total within
 * the approved or final support, final payment within the settlement's balance, advances within each
 * activity's rule). The first problem is the error, with the codes and messages the API always gave.
 */
async function assertFits(
  ctx: Ctx,
  project: Project,
  kind: PaymentKind,
  amount: number,
  progress: number | null,
  moment: "PENDING" | "PAY",
  selfId?: string,
): Promise<void> {
  const rows: { kind: PaymentKind; total: string }[] = await ctx.em.query(
    `SELECT kind, sum(amount)::bigint AS total FROM payment_request
      WHERE project_id = $1 AND (status = 'PAID' OR ($2 AND status = 'PENDING')) AND id IS DISTINCT FROM $3
      GROUP BY kind`,
    [project.id, moment === "PENDING", selfId ?? null],
  );
  const counted = { ADVANCE: 0, PAYMENT: 0, FINAL: 0 };
  for (const r of rows) counted[r.kind] = Number(r.total);
  const facts: PaymentFacts = {
    state: project.state,
    approvedSupport: project.approvedSupport,
    finalSupport: project.finalSupport,
    finalPayment: project.finalPayment,
    counted,
    moment: moment === "PENDING" ? "REQUEST" : "PAY",
    advance:
      kind === "ADVANCE" && PAYMENT_KIND_STATES.ADVANCE.includes(project.state)
        ? { activities: await advanceActivities(ctx, project), progress: progress ?? 0 }
        : undefined,
  };
  const [problem] = paymentProblems(facts, kind, amount);
  if (problem) throw AppError.fromProblem(problem);
}

/** Each activity with the support approved on its budget lines, for the advance rules. */
async function advanceActivities(ctx: Ctx, project: Project): Promise<AdvanceActivity[]> {
  const [activities, lines] = await readTogether(ctx.em, [
    () => ctx.em.findBy(ProjectActivity, { projectId: project.id }),
    () => ctx.em.findBy(BudgetLine, { projectId: project.id }),
  ]);
  return activities.map((activity) => ({
    activityKind: activity.activityKind,
    approvedSupport: lines
      .filter((l) => l.activityId === activity.id)
      .reduce((s, l) => s + (l.approvedSupport ?? 0), 0),
  }));
}

/** The lifecycle's RECORD_ADVANCE, made by the Treasury's payment of the first advance. */
async function markAdvanced(
  ctx: Ctx,
  project: Project,
  request: PaymentRequest,
  paidOn: string,
): Promise<void> {
  const user = ctx.user;
  if (!user) throw AppError.unauthenticated();
  const check = checkTransition(
    {
      state: project.state,
      activityCount: 1,
      budgetLineCount: 1,
      appraisedBy: project.appraisedById,
      hasAcceptance: false,
    },
    "RECORD_ADVANCE",
    { userId: user.id, role: user.role },
    { advance: { date: paidOn, amount: request.amount } },
  );
  if (!check.allowed) throw new AppError("FORBIDDEN", check.problems.map((p) => p.message).join(" "));
  // A change of the đề án like any other: its version moves on (the Treasury sent none; `project` was read
  // under the row lock in this transaction, so its version is the current one).
  await updateVersioned(ctx.em, Project, project, { state: check.to }, "đề án");
  await ctx.em.save(
    ctx.em.create(ProjectEvent, {
      projectId: project.id,
      action: "RECORD_ADVANCE",
      fromState: project.state,
      toState: check.to,
      actorId: user.id,
      reason: null,
      details: { paymentRequestId: request.id, amount: request.amount, paidOn },
    }),
  );
}
