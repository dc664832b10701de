import { Ctx as Context, FieldResolver, Resolver, Root } from "type-graphql";
import type { Ctx } from "../context.js";
import { Project } from "../projects/project.entity.js";
import { approvalWarnings } from "./plan-precondition.js";

/** The approval's warning about the year's annual plan, shown before the department records a decision. */
@Resolver(() => Project)
export class ProjectPlanWarningResolver {
  @FieldResolver(() => [String], {
    description:
      "What approving this đề án would warn about now: no annual plan for its year, or the plan not approved yet (a warning, not a refusal: docs/decisions.md). Empty when there is nothing to say.",
  })
  async approvalWarnings(@Root() project: Project, @Context() ctx: Ctx): Promise<string[]> {
    return (await approvalWarnings(ctx, project)).map((w) => w.message);
  }
}
