import DataLoader from "dataloader";
import { type EntityManager, type EntityTarget, type FindOptionsWhere, In } from "typeorm";
import { User } from "./users/user.entity.js";

/**
 * Per-request DataLoaders: a list of 100 audit entries asks for their 100 users in one query. A new
 * relation field adds a loader here and resolves through `ctx.loaders`.
 */
export function createLoaders(em: EntityManager) {
  return {
    userById: byId(em, User),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads rows by primary key `id`, in one `WHERE id IN (…)` per tick; a missing id yields null. */
function byId<T extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
