import DataLoader from "dataloader";
import { type EntityManager, type EntityTarget, type FindOptionsWhere, In } from "typeorm";

/*
 * Building blocks of the per-request DataLoaders that each feature declares in its `*.loaders.ts`.
 * Below every feature: a loader file imports these, entities and EntityManager-only reads, never a service
 * or context.ts (the import-cycle test keeps it so).
 */

/** Loads rows by a unique key, in one `WHERE key IN (…)` per tick; a missing key yields null. */
export function byKey<T extends object, K extends keyof T & string>(
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

/** A value read once per request whatever the number of callers; the only key is "all". */
export function once<V>(read: () => Promise<V>): DataLoader<"all", V> {
  return new DataLoader(async (keys: readonly "all"[]) => {
    const value = await read();
    return keys.map(() => value);
  });
}
