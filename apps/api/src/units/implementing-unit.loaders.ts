import type { EntityManager } from "typeorm";
import { byKey } from "../db/dataloaders.js";
import { ImplementingUnit } from "./implementing-unit.entity.js";

/** Per-request loaders of implementing units (assembled in loaders.ts). */
export function implementingUnitLoaders(em: EntityManager) {
  return {
    unitById: byKey(em, ImplementingUnit, "id"),
  };
}
