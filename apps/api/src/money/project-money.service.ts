import { formatDong, normLevelOf, settle } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { computeSupportOrBadInput, loadNormTable } from "../norms/norm.service.js";
import type { Project } from "../projects/project.entity.js";
import { groupBudgetLines, recheckBudget } from "../projects/project-budget.js";
import { BudgetLine, ProjectActivity } from "../projects/project-parts.entity.js";
import { doubleSupportFindings } from "./double-support.service.js";
import { allocatedOf, lockEnvelope } from "./envelope.service.js";
import { readTogether } from "../db/read-together.js";

/**
 * At approval the estimate becomes a commitment: each line's support is fixed at what was asked (already
 * within the norm), the total is drawn from the envelope of the đề án's year and fund — refused if the
 * balance would go negative — and prior support of the same facility is refused unless the department
 * records why it is allowed.
 */
export async function fixApprovedSupport(
  ctx: Ctx,
  project: Project,
  justification: string | null,
): Promise<{ approvedSupport: number; doubleSupportJustification: string | null }> {
  await recheckBudget(ctx, project);
  const findings = await doubleSupportFindings(ctx, project.id);
  if (findings.length > 0 && !justification) {
    throw new AppError(
      "DOUBLE_SUPPORT",
      `${findings.map((f) => f.message).join(" ")} Nếu vẫn hỗ trợ, hãy ghi rõ lý do trong ô "Lý do cho phép hỗ trợ".`,
      "doubleSupportJustification",
    );
  }
  const [{ total }] = await ctx.em.query(
    "SELECT coalesce(sum(requested_support), 0)::bigint AS total FROM budget_line WHERE project_id = $1",
    [project.id],
  );
  const approvedSupport = Number(total);
  const envelope = await lockEnvelope(ctx, project.year, project.fundSource);
  const allocated = await allocatedOf(ctx, project.year, project.fundSource);
  if (allocated + approvedSupport > envelope.amount) {
    throw new AppError(
      "INSUFFICIENT_FUNDS",
      `Dự toán năm ${project.year} còn ${formatDong(envelope.amount - allocated)} (đã phân bổ ${formatDong(allocated)} / ${formatDong(envelope.amount)}), không đủ cho ${formatDong(approvedSupport)} của đề án này.`,
    );
  }
  await ctx.em.query("UPDATE budget_line SET approved_support = requested_support WHERE project_id = $1", [
    project.id,
  ]);
  return { approvedSupport, doubleSupportJustification: findings.length > 0 ? justification : null };
}

export interface AcceptedCostInput {
  budgetLineId: string;
  acceptedCost: number;
}

/** Records the eligible cost accepted for each budget line; a line not named keeps its estimated cost. */
export async function recordAcceptedCosts(
  ctx: Ctx,
  project: Project,
  costs: readonly AcceptedCostInput[],
): Promise<void> {
  const lines = await ctx.em.findBy(BudgetLine, { projectId: project.id });
  const ids = new Set(lines.map((l) => l.id));
  const seen = new Set<string>();
  for (const c of costs) {
    if (!ids.has(c.budgetLineId) || seen.has(c.budgetLineId)) {
      throw AppError.badInput(
        "Chi phí nghiệm thu ghi một dòng dự toán không thuộc đề án hoặc ghi hai lần",
        "acceptedCosts",
      );
    }
    if (!Number.isSafeInteger(c.acceptedCost) || c.acceptedCost < 0) {
      throw AppError.badInput("Chi phí nghiệm thu phải là số nguyên đồng không âm", "acceptedCosts");
    }
    seen.add(c.budgetLineId);
  }
  const given = new Map(costs.map((c) => [c.budgetLineId, c.acceptedCost]));
  for (const line of lines) {
    await ctx.em.update(BudgetLine, { id: line.id }, { acceptedCost: given.get(line.id) ?? line.cost });
  }
}

/** Sum of what the Treasury paid on a đề án, by kind. */
export async function paidTotals(
  ctx: Ctx,
  projectId: string,
): Promise<{ advance: number; payment: number; final: number; pending: number }> {
  const rows: { kind: string; status: string; total: string }[] = await ctx.em.query(
    `SELECT kind, status, sum(amount)::bigint AS total FROM payment_request
      WHERE project_id = $1 AND status IN ('PAID', 'PENDING') GROUP BY kind, status`,
    [projectId],
  );
  const sum = (kind: string | null, status: string) =>
    rows
      .filter((r) => (kind === null || r.kind === kind) && r.status === status)
      .reduce((s, r) => s + Number(r.total), 0);
  return {
    advance: sum("ADVANCE", "PAID"),
    payment: sum("PAYMENT", "PAID"),
    final: sum("FINAL", "PAID"),
    pending: sum(null, "PENDING"),
  };
}

/**
 * The settlement (quyết toán): per activity kind and beneficiary, the lower of the approved support and
 * what the norm allows on the accepted cost; minus what was paid; a final payment or a refund. Lines
 * without a norm are settled at the lower of approved support and accepted cost.
 */
export async function computeSettlement(
  ctx: Ctx,
  project: Project,
): Promise<{ finalSupport: number; finalPayment: number; refundDue: number }> {
  const paid = await paidTotals(ctx, project.id);
  if (paid.pending > 0) {
    throw new AppError(
      "INVALID_TRANSITION",
      `Còn đề nghị thanh toán ${formatDong(paid.pending)} chưa được Kho bạc xử lý; xử lý xong mới quyết toán.`,
    );
  }
  const [lines, activities, table] = await readTogether(ctx.em, [
    () => ctx.em.findBy(BudgetLine, { projectId: project.id }),
    () => ctx.em.findBy(ProjectActivity, { projectId: project.id }),
    () => loadNormTable(ctx),
  ]);
  const fundLevel = normLevelOf(project.fundSource);
  const settlementLines = groupBudgetLines(lines, activities).map(({ activityKind, lines: group }) => {
    const approvedSupport = group.reduce((s, l) => s + (l.approvedSupport ?? 0), 0);
    const acceptedCost = group.reduce((s, l) => s + (l.acceptedCost ?? l.cost), 0);
    const result =
      fundLevel && group[0]?.normId
        ? computeSupportOrBadInput(table, {
            activityKind,
            fundLevel,
            date: project.proposedOn,
            eligibleCost: acceptedCost,
          })
        : null;
    const allowedOnAcceptedCost = result && result.boundBy !== "NO_NORM" ? result.allowed : acceptedCost;
    return { approvedSupport, allowedOnAcceptedCost };
  });
  const s = settle(settlementLines, paid.advance + paid.payment);
  return { finalSupport: s.finalSupport, finalPayment: s.finalPayment, refundDue: s.refund };
}

/** A đề án closes only when its settlement is fully paid and any refund received. */
export async function assertNothingOutstanding(ctx: Ctx, project: Project): Promise<void> {
  const paid = await paidTotals(ctx, project.id);
  const owed = (project.finalPayment ?? 0) - paid.final;
  const toRecover = (project.refundDue ?? 0) - project.refundReceived;
  if (paid.pending > 0 || owed > 0 || toRecover > 0) {
    const parts = [
      paid.pending > 0 ? `đề nghị thanh toán ${formatDong(paid.pending)} chưa được xử lý` : "",
      owed > 0 ? `còn ${formatDong(owed)} phải thanh toán sau quyết toán` : "",
      toRecover > 0 ? `còn ${formatDong(toRecover)} phải thu hồi nộp ngân sách` : "",
    ].filter(Boolean);
    throw new AppError("INVALID_TRANSITION", `Chưa thể thanh lý đề án: ${parts.join("; ")}.`);
  }
}
