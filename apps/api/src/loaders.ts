import DataLoader from "dataloader";
import { type EntityManager, type EntityTarget, type FindOptionsWhere, In } from "typeorm";
import { Commune } from "./communes/commune.entity.js";
import { ProjectDocument } from "./documents/project-document.entity.js";
import { Facility } from "./facilities/facility.entity.js";
import { doubleSupportFindingsFor } from "./money/double-support.service.js";
import { allocatedByEnvelope } from "./money/envelope.service.js";
import { estimateTotalsOf } from "./money/money-figures.js";
import { PaymentRequest } from "./money/payment-request.entity.js";
import { Norm } from "./norms/norm.entity.js";
import { Project } from "./projects/project.entity.js";
import {
  BudgetLine,
  ProjectActivity,
  ProjectBeneficiary,
  ProjectEvent,
} from "./projects/project-parts.entity.js";
import { buildNormTable } from "./norms/norm.service.js";
import { AnnualPlan } from "./plans/annual-plan.entity.js";
import { Programme } from "./programme/programme.entity.js";
import { auditProgrammes } from "./programme/programme.service.js";
import { BodyTarget, TargetLine, TargetLineYear } from "./programme/target-line.entity.js";
import { ImplementingUnit } from "./units/implementing-unit.entity.js";
import { User } from "./users/user.entity.js";
import { loadProgressInputs, type ProgressInputs } from "./progress/progress.service.js";
import type { ProgrammeProgress } from "./progress/progress.types.js";

/**
 * Per-request DataLoaders: a list of 100 audit entries asks for their 100 users in one query. A new
 * relation field adds a loader here and resolves through `ctx.loaders`.
 */
export function createLoaders(em: EntityManager) {
  return {
    userById: byKey(em, User, "id"),
    communeByCode: byKey(em, Commune, "code"),
    /** The 114 communes in the domain's shape (for eligibility); the key is always "all". */
    allCommunes: new DataLoader(async (keys: readonly "all"[]) => {
      const rows = await em.find(Commune);
      const communes = rows.map((c) => ({
        code: c.code,
        name: c.name,
        kind: c.kind,
        formerProvince: c.formerProvince,
        ...(c.nameNote ? { nameNote: c.nameNote } : {}),
      }));
      return keys.map(() => communes);
    }),
    unitById: byKey(em, ImplementingUnit, "id"),
    targetLineById: byKey(em, TargetLine, "id"),
    programmeByCode: byKey(em, Programme, "code"),
    annualPlanById: byKey(em, AnnualPlan, "id"),
    targetLinesByGroup: new DataLoader<string, TargetLine[]>(async (keys) => {
      // key: `${programmeCode}|${groupCode}`
      const programmes = [...new Set(keys.map((k) => k.split("|")[0] as string))];
      const lines = await em.find(TargetLine, {
        where: { programmeCode: In(programmes) },
        order: { position: "ASC" },
      });
      return keys.map((k) => lines.filter((l) => `${l.programmeCode}|${l.groupCode}` === k));
    }),
    yearsByTargetLine: manyByKey(em, TargetLineYear, "targetLineId", { year: "ASC" }),
    bodyTargetsByLineCode: new DataLoader<string, BodyTarget[]>(async (keys) => {
      // key: `${programmeCode}|${lineCode}`
      const programmes = [...new Set(keys.map((k) => k.split("|")[0] as string))];
      const rows = await em.find(BodyTarget, {
        where: { programmeCode: In(programmes) },
        order: { id: "ASC" },
      });
      return keys.map((k) => rows.filter((b) => `${b.programmeCode}|${b.lineCode}` === k));
    }),
    facilityById: byKey(em, Facility, "id"),
    /** Unscoped: only for a đề án already reached through a scoped read (a document's or a request's parent). */
    projectById: byKey(em, Project, "id"),
    paymentRequestsByProject: manyByKey(em, PaymentRequest, "projectId", { requestedAt: "ASC" }),
    doubleSupportByProject: new DataLoader(async (ids: readonly string[]) => {
      const found = await doubleSupportFindingsFor(em, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    /** Allocation of every envelope, one GROUP BY per request; key `${year}|${fundSource}`. */
    allocatedByEnvelope: new DataLoader(async (keys: readonly string[]) => {
      const all = await allocatedByEnvelope(
        em,
        keys.map((k) => Number(k.split("|")[0])),
      );
      return keys.map((k) => all.get(k) ?? 0);
    }),
    normById: byKey(em, Norm, "id"),
    beneficiariesByProject: new DataLoader<string, Facility[]>(async (projectIds) => {
      const links = await em.find(ProjectBeneficiary, {
        where: { projectId: In([...projectIds]) },
        relations: { facility: true },
        order: { addedAt: "ASC" },
      });
      return projectIds.map((id) =>
        links.filter((l) => l.projectId === id).map((l) => l.facility as Facility),
      );
    }),
    activitiesByProject: manyByKey(em, ProjectActivity, "projectId", { id: "ASC" }),
    budgetLinesByProject: manyByKey(em, BudgetLine, "projectId", { id: "ASC" }),
    /** The estimate's totals from the money figures (project_money): no budget line read. */
    estimateTotalsByProject: new DataLoader(async (ids: readonly string[]) => {
      const totals = await estimateTotalsOf(em, ids);
      return ids.map((id) => totals.get(id) ?? null);
    }),
    eventsByProject: manyByKey(em, ProjectEvent, "projectId", { id: "ASC" }),
    /** Metadata only: `content` is `select: false`. Oldest first. */
    documentsByProject: manyByKey(em, ProjectDocument, "projectId", { uploadedAt: "ASC", id: "ASC" }),
    programmeFindings: new DataLoader((codes: readonly string[]) => auditProgrammes(em, codes)),
    /** A programme's progress inputs (its figures by line and year), read once per request; key: its code. */
    progressInputs: new DataLoader<string, ProgressInputs>((codes) =>
      Promise.all(codes.map((code) => loadProgressInputs(em, code))),
    ),
    /** programmeProgress as of a year, computed once per request (progress.service.ts); key: the year. */
    programmeProgressByYear: new Map<number, Promise<ProgrammeProgress>>(),
    /** The whole norm table (a few dozen rows), validated once per request; the key is always "all". */
    normTable: new DataLoader(async (keys: readonly "all"[]) => {
      const table = await buildNormTable(em);
      return keys.map(() => table);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads rows by a unique key, in one `WHERE key IN (…)` per tick; a missing key yields null. */
function byKey<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: K,
): DataLoader<T[K], T | null> {
  return new DataLoader<T[K], T | null>(async (keys) => {
    const rows = await em.findBy(entity, { [key]: In([...keys]) } as FindOptionsWhere<T>);
    const found = new Map(rows.map((row) => [row[key], row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Loads every row whose `key` column equals each requested value, in one query per tick. */
export function manyByKey<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: K,
  order?: Partial<Record<keyof T, "ASC" | "DESC">>,
): DataLoader<T[K], T[]> {
  return new DataLoader<T[K], T[]>(async (keys) => {
    const rows = await em.find(entity, {
      where: { [key]: In([...keys]) } as FindOptionsWhere<T>,
      // biome-ignore lint/suspicious/noExplicitAny: TypeORM's order type is not generic-friendly
      ...(order ? { order: order as any } : {}),
    });
    return keys.map((k) => rows.filter((row) => row[key] === k));
  });
}
