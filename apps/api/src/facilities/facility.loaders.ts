import type { EntityManager } from "typeorm";
import { byKey } from "../db/dataloaders.js";
import { Facility } from "./facility.entity.js";

/**
 * Per-request loaders of facilities (assembled in loaders.ts). A facility's đề án and prior support are
 * scoped to the user and stay in facility-relations.ts.
 */
export function facilityLoaders(em: EntityManager) {
  return {
    facilityById: byKey(em, Facility, "id"),
  };
}
