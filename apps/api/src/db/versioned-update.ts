import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from "typeorm";
import { AppError } from "../errors.js";

interface Versioned {
  id: string;
  version: number;
}

/**
 * Optimistic locking: `UPDATE … SET …, version = version + 1 WHERE id = :id AND version = :version`.
 * The compare happens in the UPDATE itself (a row changed since the client read it matches nothing), which
 * `@VersionColumn` alone does not do. Throws NOT_FOUND or STALE_VERSION; returns the row as updated.
 * `what` completes "Không tìm thấy …".
 */
export async function updateVersioned<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  patch: QueryDeepPartialEntity<T>,
  what: string,
): Promise<T> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    // @VersionColumn makes TypeORM append `version = version + 1`; @UpdateDateColumn sets updated_at.
    .set(patch)
    .where({ id, version: expectedVersion } as FindOptionsWhere<T>)
    .execute();
  if (!result.affected) {
    const exists = await em.existsBy(entity, { id } as FindOptionsWhere<T>);
    throw exists ? AppError.staleVersion() : AppError.notFound(what);
  }
  return em.findOneByOrFail(entity, { id } as FindOptionsWhere<T>);
}
