import {
  type PlanStatus,
  type ProjectFacts,
  transitionWarnings,
  type TransitionWarning,
} from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import type { Project } from "../projects/project.entity.js";
import { AnnualPlan } from "./annual-plan.entity.js";

/*
 * An annual plan before approving a đề án (docs/decisions.md): a warning, not a refusal. The domain says
 * what to warn (transitionWarnings); this reads the year's plan for it.
 */

/** The annual plan of `year` as the lifecycle's facts need it: its status, or null when none was opened. */
export async function annualPlanFact(
  ctx: Ctx,
  year: number,
): Promise<NonNullable<ProjectFacts["annualPlan"]>> {
  const plan = await ctx.em.findOne(AnnualPlan, { where: { year }, order: { createdAt: "DESC" } });
  return { year, status: (plan?.status as PlanStatus | undefined) ?? null };
}

/** What approving `project` would warn about now (its year's plan missing or not approved). */
export async function approvalWarnings(ctx: Ctx, project: Project): Promise<TransitionWarning[]> {
  const facts: ProjectFacts = {
    state: project.state,
    activityCount: 0,
    budgetLineCount: 0,
    appraisedBy: null,
    hasAcceptance: false,
    annualPlan: await annualPlanFact(ctx, project.year),
  };
  return transitionWarnings(facts, "APPROVE");
}

/** A transition's history details with its warnings' messages, so the đề án's history keeps them. */
export function detailsWithWarnings(
  details: Record<string, unknown> | null,
  warnings: readonly TransitionWarning[],
): Record<string, unknown> | null {
  return warnings.length === 0 ? details : { ...details, warnings: warnings.map((w) => w.message) };
}
