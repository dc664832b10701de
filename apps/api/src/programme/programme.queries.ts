import {
  auditProgramme,
  type AuditFinding,
  type Programme as DomainProgramme,
  type TargetLine as DomainTargetLine,
} from "@khuyencong/domain";
import { type EntityManager, In } from "typeorm";
import { readTogether } from "../db/read-together.js";
import { AppError } from "../errors.js";
import { Programme } from "./programme.entity.js";
import { BodyTarget, ContentGroup, TargetLine, TargetLineYear } from "./target-line.entity.js";

/*
 * Reads of the programme that need only an EntityManager: the per-request loaders
 * (programme.loaders.ts) and progress use them without going through a service or the request context.
 */

/** The programme with this code, or the current one (the latest period) when no code is given. */
export async function findProgramme(em: EntityManager, code?: string | null): Promise<Programme> {
  const programme = code
    ? await em.findOneBy(Programme, { code })
    : await em.findOne(Programme, { where: {}, order: { firstYear: "DESC" } });
  if (!programme) throw AppError.notFound("chương trình");
  return programme;
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

/** Audit for a batch of programmes: used by the per-request loader. */
export function auditProgrammes(em: EntityManager, codes: readonly string[]): Promise<AuditFinding[][]> {
  return Promise.all(codes.map(async (code) => auditProgramme(await loadDomainProgramme(em, code))));
}
