import DataLoader from "dataloader";
import {
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
} from "typeorm";
import { byKey, manyByKey } from "../db/dataloaders.js";
import { Programme } from "./programme.entity.js";
import { auditProgrammes } from "./programme.queries.js";
import { BodyTarget, TargetLine, TargetLineYear } from "./target-line.entity.js";

/** Per-request loaders of the programme and its target lines (assembled in loaders.ts). */
export function programmeLoaders(em: EntityManager) {
  return {
    targetLineById: byKey(em, TargetLine, "id"),
    programmeByCode: byKey(em, Programme, "code"),
    /** Key `${programmeCode}|${groupCode}`. */
    targetLinesByGroup: byProgrammeAnd(em, TargetLine, "groupCode", { position: "ASC" }),
    yearsByTargetLine: manyByKey(em, TargetLineYear, "targetLineId", { year: "ASC" }),
    /** Key `${programmeCode}|${lineCode}`. */
    bodyTargetsByLineCode: byProgrammeAnd(em, BodyTarget, "lineCode", { id: "ASC" }),
    programmeFindings: new DataLoader((codes: readonly string[]) => auditProgrammes(em, codes)),
  };
}

/**
 * Rows of a programme that share one value of `field`, keyed `${programmeCode}|${value}`: one query per tick
 * for every programme named, grouped here (a programme has a few hundred such rows).
 */
function byProgrammeAnd<T extends { programmeCode: string }, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityTarget<T>,
  field: K,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const programmes = [...new Set(keys.map((k) => k.split("|")[0] as string))];
    const rows = await em.find(entity, {
      where: { programmeCode: In(programmes) } as FindOptionsWhere<T>,
      order,
    });
    return keys.map((k) => rows.filter((row) => `${row.programmeCode}|${String(row[field])}` === k));
  });
}
