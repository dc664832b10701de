import type { AuditFinding } from "@khuyencong/domain";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import type { Programme } from "./programme.entity.js";
import { findProgramme } from "./programme.queries.js";
import { ContentGroup, TargetLine } from "./target-line.entity.js";

/** The programme with this code, or the current one (the latest period) when no code is given. */
export function getProgramme(ctx: Ctx, code?: string | null): Promise<Programme> {
  return findProgramme(ctx.em, code);
}

export function listGroups(ctx: Ctx, programmeCode: string): Promise<ContentGroup[]> {
  return ctx.em.find(ContentGroup, { where: { programmeCode }, order: { position: "ASC" } });
}

/** Every target line of a programme, in document order. */
export function listTargetLines(ctx: Ctx, programmeCode: string): Promise<TargetLine[]> {
  return ctx.em
    .createQueryBuilder(TargetLine, "line")
    .innerJoin(ContentGroup, "grp", "grp.programme_code = line.programme_code AND grp.code = line.group_code")
    .where("line.programmeCode = :programmeCode", { programmeCode })
    .orderBy("grp.position", "ASC")
    .addOrderBy("line.position", "ASC")
    .getMany();
}

/** A line's id is a UUID; anything else (a line code such as "I.2") is no line, not a database error. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getTargetLine(ctx: Ctx, id: string): Promise<TargetLine> {
  if (!UUID.test(id)) throw AppError.notFound("dòng chỉ tiêu");
  const line = await ctx.loaders.targetLineById.load(id);
  if (!line) throw AppError.notFound("dòng chỉ tiêu");
  return line;
}

/** The consistency audit of a stored programme, computed once per request. */
export async function programmeFindings(ctx: Ctx, programmeCode: string): Promise<AuditFinding[]> {
  return ctx.loaders.programmeFindings.load(programmeCode);
}
