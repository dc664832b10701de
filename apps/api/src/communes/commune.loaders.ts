import type { EntityManager } from "typeorm";
import { byKey, once } from "../db/dataloaders.js";
import { Commune } from "./commune.entity.js";

/** Per-request loaders of communes (assembled in loaders.ts). */
export function communeLoaders(em: EntityManager) {
  return {
    communeByCode: byKey(em, Commune, "code"),
    /** The 114 communes in the domain's shape (for eligibility); the key is always "all". */
    allCommunes: once(async () => {
      const rows = await em.find(Commune);
      return rows.map((c) => ({
        code: c.code,
        name: c.name,
        kind: c.kind,
        formerProvince: c.formerProvince,
        ...(c.nameNote ? { nameNote: c.nameNote } : {}),
      }));
    }),
  };
}
