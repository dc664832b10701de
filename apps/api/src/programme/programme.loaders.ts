import DataLoader from "dataloader";
import { type EntityManager, In } from "typeorm";
import { byKey, manyByKey } from "../db/dataloaders.js";
import { Programme } from "./programme.entity.js";
import { auditProgrammes } from "./programme.queries.js";
import { BodyTarget, TargetLine, TargetLineYear } from "./target-line.entity.js";

/** Per-request loaders of the programme and its target lines (assembled in loaders.ts). */
export function programmeLoaders(em: EntityManager) {
  return {
    targetLineById: byKey(em, TargetLine, "id"),
    programmeByCode: byKey(em, Programme, "code"),
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
    programmeFindings: new DataLoader((codes: readonly string[]) => auditProgrammes(em, codes)),
  };
}
