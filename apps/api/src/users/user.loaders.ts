import type { EntityManager } from "typeorm";
import { byKey } from "../db/dataloaders.js";
import { User } from "./user.entity.js";

/** Per-request loaders of users (assembled in loaders.ts). */
export function userLoaders(em: EntityManager) {
  return {
    userById: byKey(em, User, "id"),
  };
}
