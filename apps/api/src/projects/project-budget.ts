import { ACTIVITY_KIND_INFO, type ActivityKind, formatDong, normLevelOf } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { computeSupportOrBadInput, loadNormTable } from "../norms/norm.service.js";
import type { Project } from "./project.entity.js";
import { BudgetLine, ProjectActivity } from "./project-parts.entity.js";
import { readTogether } from "../db/read-together.js";

/**
 * Re-checks every budget line of a đề án against the norms in force on its date, and stores the result
 * on each line. Lines of the same activity kind for the same beneficiary are judged together, because a
 * cap is per establishment (or per model): splitting a machine into two lines must not double the cap.
 * Throws NORM_EXCEEDED, naming the rule and its citation, when a group asks more than the norm allows;
 * the caller's transaction then rolls back and nothing is saved.
 *
 * Activities without a norm (training, communication… paid under general MOF regimes) are recorded as
 * NO_NORM and not refused: the appraisal judges them.
 */
export async function recheckBudget(ctx: Ctx, project: Project, field?: string): Promise<void> {
  const [lines, activities] = await readTogether(ctx.em, [
    () => ctx.em.find(BudgetLine, { where: { projectId: project.id }, order: { id: "ASC" } }),
    () => ctx.em.find(ProjectActivity, { where: { projectId: project.id } }),
  ]);
  if (lines.length === 0) return;
  const table = await loadNormTable(ctx);
  const fundLevel = normLevelOf(project.fundSource);
  for (const { activityKind, facilityId, lines: group } of groupBudgetLines(lines, activities)) {
    const cost = group.reduce((sum, l) => sum + l.cost, 0);
    const requested = group.reduce((sum, l) => sum + l.requestedSupport, 0);
    const result = fundLevel
      ? computeSupportOrBadInput(table, {
          activityKind,
          fundLevel,
          date: project.proposedOn,
          eligibleCost: cost,
          requested,
        })
      : null;
    if (result && result.boundBy !== "NO_NORM" && result.excess > 0) {
      const whom = facilityId === null ? "" : " cho cùng một cơ sở thụ hưởng";
      throw new AppError(
        "NORM_EXCEEDED",
        `Kinh phí đề nghị hỗ trợ "${ACTIVITY_KIND_INFO[activityKind].label}"${whom} là ${formatDong(requested)}, ` +
          `vượt mức tối đa ${formatDong(result.allowed)}. ${result.explanation}`,
        field,
      );
    }
    const patch = {
      normId: result?.norm?.id ?? null,
      allowedSupport: result && result.boundBy !== "NO_NORM" ? result.allowed : null,
      boundBy: result?.boundBy ?? "NO_NORM",
      normExplanation:
        result && result.boundBy !== "NO_NORM"
          ? result.explanation
          : `Chưa có định mức hỗ trợ "${ACTIVITY_KIND_INFO[activityKind].label}" có hiệu lực ngày ${project.proposedOn}; ` +
            "khoản chi được thẩm định theo chế độ chi tiêu chung.",
    };
    for (const line of group) {
      if (
        line.normId !== patch.normId ||
        line.allowedSupport !== patch.allowedSupport ||
        line.boundBy !== patch.boundBy ||
        line.normExplanation !== patch.normExplanation
      ) {
        await ctx.em.update(BudgetLine, { id: line.id }, patch);
      }
    }
  }
}

/** Budget lines judged together against one norm: the same activity kind for the same beneficiary. */
export interface BudgetGroup {
  activityKind: ActivityKind;
  facilityId: string | null;
  lines: BudgetLine[];
}

/**
 * Groups a đề án's budget lines by activity kind and beneficiary, because a cap is per establishment
 * (or per model): the estimate check and the settlement both judge these groups.
 */
export function groupBudgetLines(
  lines: readonly BudgetLine[],
  activities: readonly ProjectActivity[],
): BudgetGroup[] {
  const kindOf = new Map(activities.map((a) => [a.id, a.activityKind]));
  const groups = new Map<string, BudgetGroup>();
  for (const line of lines) {
    const activityKind = kindOf.get(line.activityId);
    if (!activityKind) continue;
    const key = `${activityKind}|${line.facilityId ?? ""}`;
    const group = groups.get(key) ?? { activityKind, facilityId: line.facilityId, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()];
}
