import {
  acceptanceProblems,
  type ActivityKind,
  ACTIVITY_KIND_INFO,
  checkTransition,
  type ProjectAction,
  projectTransitionAuditAction,
  type TransitionInput,
  type TransitionProblem,
} from "@khuyencong/domain";
import { recordAudit } from "../audit/audit.service.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";
import { Facility } from "../facilities/facility.entity.js";
import {
  assertNothingOutstanding,
  computeSettlement,
  fixApprovedSupport,
  recordAcceptedCosts,
} from "../money/project-money.service.js";
import { Project } from "../projects/project.entity.js";
import { assertEligible, getProject } from "../projects/project.service.js";
import {
  BudgetLine,
  ProjectActivity,
  ProjectBeneficiary,
  ProjectEvent,
} from "../projects/project-parts.entity.js";
import { readTogether } from "../db/read-together.js";
import { updateVersioned } from "../db/versioned-update.js";
import { annualPlanFact, detailsWithWarnings } from "../plans/plan-precondition.js";
import { notifyProjectDecision } from "../notifications/notification-events.js";

export interface AcceptedCost {
  budgetLineId: string;
  acceptedCost: number;
}

export interface AcceptedOutput {
  activityId: string;
  actualQuantity: number;
}

/** What a transition mutation carries, beyond the đề án and its version. */
export interface TransitionRequest {
  projectId: string;
  version: number;
  action: ProjectAction;
  reason?: string | null;
  appraisal?: { date: string; opinion: string };
  decision?: { number: string; date: string };
  contract?: { number: string; date: string };
  advance?: { date: string; amount: number };
  acceptance?: { date: string; outputs: AcceptedOutput[]; costs?: AcceptedCost[] };
  settlement?: { date: string };
  /** APPROVE: why support is allowed despite a double-support finding. */
  doubleSupportJustification?: string | null;
}

/**
 * Applies one lifecycle transition: the domain decides whether the state, the role and the records
 * allow it (and explains a refusal); this adds the scope (a đề án outside the user's reach is not
 * found), the eligibility of every beneficiary at submission, and writes the new state, the recorded
 * facts, a history event and an audit row in one transaction.
 */
export function transitionProject(ctx: Ctx, request: TransitionRequest): Promise<Project> {
  return inTransaction(ctx, async (tx) => {
    const user = tx.user;
    if (!user) throw AppError.unauthenticated();
    const before = await getProject(tx, request.projectId);
    const [activities, budgetLineCount] = await readTogether(tx.em, [
      () => tx.em.findBy(ProjectActivity, { projectId: before.id }),
      () => tx.em.countBy(BudgetLine, { projectId: before.id }),
    ]);
    const input: TransitionInput = {
      reason: request.reason ?? null,
      appraisal: request.appraisal ?? null,
      decision: request.decision ?? null,
      contract: request.contract ?? null,
      advance: request.advance ?? null,
      acceptance: request.acceptance
        ? { date: request.acceptance.date, outputCount: request.acceptance.outputs.length }
        : null,
      // The settled amount is computed below, from the accepted costs and the payments.
      settlement: request.settlement ? { date: request.settlement.date, amount: 0 } : null,
    };
    // An approval warns when the year has no approved annual plan (docs/decisions.md).
    const annualPlan = request.action === "APPROVE" ? await annualPlanFact(tx, before.year) : undefined;
    const check = checkTransition(
      {
        state: before.state,
        activityCount: activities.length,
        budgetLineCount,
        appraisedBy: before.appraisedById,
        hasAcceptance: before.acceptedOn !== null,
        ...(annualPlan ? { annualPlan } : {}),
      },
      request.action,
      { userId: user.id, role: user.role },
      input,
    );
    if (!check.allowed) throw refusal(check.problems);

    // The one versioned write: the row is locked and its version checked before the money below is
    // computed, so the lock serialises everything that follows; then the state, facts and money are written.
    const change = await updateVersioned(
      tx.em,
      Project,
      { id: before.id, version: request.version },
      async (locked) => {
        let money: Partial<Project> = {};
        switch (request.action) {
          case "SUBMIT":
            await assertSubmittable(tx, locked, activities);
            break;
          case "APPROVE":
            money = await fixApprovedSupport(tx, locked, request.doubleSupportJustification?.trim() || null);
            break;
          case "ACCEPT":
            await recordOutputs(tx, activities, request.acceptance?.outputs ?? []);
            await recordAcceptedCosts(tx, locked, request.acceptance?.costs ?? []);
            break;
          case "SETTLE":
            money = await computeSettlement(tx, locked);
            break;
          case "CLOSE":
            await assertNothingOutstanding(tx, locked);
            break;
          default:
            break;
        }
        return { state: check.to, ...factsOf(request, user.id), ...money };
      },
      "đề án",
    );
    const reason = request.reason?.trim() || null;
    await tx.em.save(
      tx.em.create(ProjectEvent, {
        projectId: before.id,
        action: request.action,
        fromState: before.state,
        toState: check.to,
        actorId: user.id,
        reason,
        details: detailsWithWarnings(detailsOf(request), check.warnings),
      }),
    );
    await recordAudit(tx, {
      action: projectTransitionAuditAction(request.action),
      entityType: "Project",
      entityId: before.id,
      ...change,
    });
    // Returned, approved or rejected: the preparer hears of it (the bell, and e-mail after commit).
    await notifyProjectDecision(tx, request.action, change.after, reason);
    return change.after;
  });
}

/** The domain's problems as one API error: the gravest code wins, every message is kept. */
function refusal(problems: readonly TransitionProblem[]): AppError {
  const code = problems.some((p) => p.code === "INVALID_TRANSITION")
    ? "INVALID_TRANSITION"
    : problems.some((p) => p.code === "FORBIDDEN")
      ? "FORBIDDEN"
      : "BAD_USER_INPUT";
  const fieldErrors = problems
    .filter((p) => p.field)
    .map((p) => ({ field: p.field as string, message: p.message }));
  return new AppError(code, problems.map((p) => p.message).join(" "), fieldErrors[0]?.field, fieldErrors);
}

/** A đề án goes to appraisal only with beneficiaries where its activities need them, all eligible. */
async function assertSubmittable(ctx: Ctx, project: Project, activities: ProjectActivity[]): Promise<void> {
  const beneficiaries = await ctx.em
    .createQueryBuilder(Facility, "facility")
    .innerJoin(ProjectBeneficiary, "pb", "pb.facility_id = facility.id")
    .where("pb.project_id = :id", { id: project.id })
    .getMany();
  const needing = activities.filter(
    (a) => ACTIVITY_KIND_INFO[a.activityKind as ActivityKind].beneficiaries.length > 0,
  );
  const first = needing[0];
  if (first && beneficiaries.length === 0) {
    throw AppError.badInput(
      `Đề án có nội dung "${ACTIVITY_KIND_INFO[first.activityKind].label}" nhưng chưa có cơ sở thụ hưởng.`,
      "beneficiaries",
    );
  }
  for (const facility of beneficiaries) {
    for (const activity of needing) await assertEligible(ctx, project, facility, activity);
  }
}

/** The acceptance names the actual output of every activity, once each (the domain's `acceptanceProblems`). */
async function recordOutputs(
  ctx: Ctx,
  activities: ProjectActivity[],
  outputs: AcceptedOutput[],
): Promise<void> {
  const [problem] = acceptanceProblems(
    activities.map((a) => a.id),
    outputs,
  );
  if (problem) throw AppError.fromProblem(problem, "acceptance.");
  for (const output of outputs) {
    await ctx.em.update(
      ProjectActivity,
      { id: output.activityId },
      { actualQuantity: output.actualQuantity },
    );
  }
}

function factsOf(request: TransitionRequest, userId: string): Partial<Project> {
  const reason = request.reason?.trim() || null;
  switch (request.action) {
    case "RETURN":
      // Back to the drafter: the appraisal judged what will now change, so a new one is needed.
      return { lastReason: reason, appraisedById: null, appraisedOn: null, appraisalOpinion: null };
    case "REJECT":
    case "REQUEST_ADJUSTMENT":
    case "REJECT_ADJUSTMENT":
    case "STOP":
      return { lastReason: reason };
    case "APPRAISE":
      return {
        appraisedById: userId,
        appraisedOn: request.appraisal?.date ?? null,
        appraisalOpinion: request.appraisal?.opinion.trim() ?? null,
      };
    case "APPROVE":
      return {
        approvedById: userId,
        decisionNumber: request.decision?.number.trim() ?? null,
        decisionDate: request.decision?.date ?? null,
      };
    case "SIGN_CONTRACT":
      return {
        contractNumber: request.contract?.number.trim() ?? null,
        contractDate: request.contract?.date ?? null,
      };
    case "ACCEPT":
      return { acceptedOn: request.acceptance?.date ?? null };
    case "SETTLE":
      return { settledOn: request.settlement?.date ?? null };
    default:
      return {};
  }
}

function detailsOf(request: TransitionRequest): Record<string, unknown> | null {
  const { projectId: _p, version: _v, action: _a, reason: _r, ...records } = request;
  return Object.keys(records).length > 0 ? records : null;
}
