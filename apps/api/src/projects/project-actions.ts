import { availableActions, type ProjectAction } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import type { Project } from "./project.entity.js";

/** The transitions the user could make now: state and role fit (records are asked for on click). */
export function actionsFor(ctx: Ctx, project: Project): ProjectAction[] {
  return ctx.user ? availableActions(project.state, ctx.user.role) : [];
}
