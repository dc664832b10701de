import type { EntityManager } from "typeorm";
import { byKey } from "../db/dataloaders.js";
import { AnnualPlan } from "./annual-plan.entity.js";

/** Per-request loaders of annual plans (assembled in loaders.ts). */
export function annualPlanLoaders(em: EntityManager) {
  return {
    annualPlanById: byKey(em, AnnualPlan, "id"),
  };
}
