import type { DoubleSupportFinding } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { doubleSupportFindingsFor } from "./double-support.queries.js";

export async function doubleSupportFindings(ctx: Ctx, projectId: string): Promise<DoubleSupportFinding[]> {
  return (await doubleSupportFindingsFor(ctx.em, [projectId])).get(projectId) ?? [];
}
