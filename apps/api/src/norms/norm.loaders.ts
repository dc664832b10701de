import type { EntityManager } from "typeorm";
import { byKey, once } from "../db/dataloaders.js";
import { Norm } from "./norm.entity.js";
import { buildNormTable } from "./norm.queries.js";

/** Per-request loaders of support norms (assembled in loaders.ts). */
export function normLoaders(em: EntityManager) {
  return {
    normById: byKey(em, Norm, "id"),
    /** The whole norm table (a few dozen rows), validated once per request; the key is always "all". */
    normTable: once(() => buildNormTable(em)),
  };
}
