import {
  auditProgramme,
  type AuditFinding,
  type Programme as DomainProgramme,
  type TargetLine as DomainTargetLine,
} from "@khuyencong/domain";
import { type EntityManager, In } from "typeorm";
import type { Ctx } from "../context.js";
import { AppError } from "../errors.js";
import { Programme } from "./programme.entity.js";
import { BodyTarget, ContentGroup, TargetLine, TargetLineYear } from "./target-line.entity.js";
import { readTogether } from "../db/read-together.js";

const WHAT = "chương trình";

/** The programme with this code, or the current one (the latest period) when no code is given. */
export function getProgramme(ctx: Ctx, code?: string | null): Promise<Programme> {
  return findProgramme(ctx.em, code);
}

async function findProgramme(em: EntityManager, code?: string | null): Promise<Programme> {
  const programme = code
    ? await em.findOneBy(Programme, { code })
    : await em.findOne(Programme, { where: {}, order: { firstYear: "DESC" } });
  if (!programme) throw AppError.notFound(WHAT);
  return programme;
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

/**
 * The programme as the domain package sees it, rebuilt from the database (4 queries), so that the
 * audit and the progress arithmetic judge what is stored, not a copy in the code.
 */
export async function loadDomainProgramme(
  em: EntityManager,
  programmeCode: string,
): Promise<DomainProgramme> {
  const programme = await findProgramme(em, programmeCode);
  const [groups, lines, bodyTargets] = await readTogether(em, [
    () => em.find(ContentGroup, { where: { programmeCode }, order: { position: "ASC" } }),
    () => em.find(TargetLine, { where: { programmeCode }, order: { position: "ASC" } }),
    () => em.find(BodyTarget, { where: { programmeCode }, order: { id: "ASC" } }),
  ]);
  const years = lines.length
    ? await em.find(TargetLineYear, { where: { targetLineId: In(lines.map((l) => l.id)) } })
    : [];
  const yearly = new Map<string, Record<number, number | null>>();
  for (const y of years) {
    const row = yearly.get(y.targetLineId) ?? {};
    row[y.year] = y.target;
    yearly.set(y.targetLineId, row);
  }
  const toDomainLine = (line: TargetLine): DomainTargetLine => ({
    code: line.code,
    groupCode: line.groupCode,
    order: line.position,
    name: line.name,
    unit: line.unit,
    yearly: yearly.get(line.id) ?? {},
    printedTotal: line.printedTotal,
    ...(line.perUnitQuantity !== null && line.perUnitUnit !== null
      ? { perUnit: { quantity: line.perUnitQuantity, unit: line.perUnitUnit } }
      : {}),
    activityKinds: line.activityKinds,
    source: line.source,
  });
  return {
    code: programme.code,
    name: programme.name,
    firstYear: programme.firstYear,
    lastYear: programme.lastYear,
    decision: {
      number: programme.decisionNumber,
      date: programme.decisionDate,
      issuer: programme.issuer,
      title: programme.decisionTitle,
    },
    groups: groups.map((g) => ({
      code: g.code,
      name: g.name,
      lines: lines.filter((l) => l.groupCode === g.code).map(toDomainLine),
    })),
    bodyTargets: bodyTargets.map((b) => ({
      id: b.id,
      lineCode: b.lineCode,
      value: b.value,
      unit: b.unit,
      quote: b.quote,
      location: b.location,
    })),
  };
}

/** The consistency audit of a stored programme, computed once per request. */
export async function programmeFindings(ctx: Ctx, programmeCode: string): Promise<AuditFinding[]> {
  return ctx.loaders.programmeFindings.load(programmeCode);
}

/** Audit for a batch of programmes: used by the per-request loader. */
export function auditProgrammes(em: EntityManager, codes: readonly string[]): Promise<AuditFinding[][]> {
  return Promise.all(codes.map(async (code) => auditProgramme(await loadDomainProgramme(em, code))));
}
