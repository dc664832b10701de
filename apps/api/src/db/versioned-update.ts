import type { EntityManager, EntityTarget, FindOptionsWhere, QueryDeepPartialEntity } from "typeorm";
import { AppError } from "../errors.js";

/**
 * Which record, and the version the client read it at (for a change the server makes on its own, the
 * version read under lock in this transaction). A versioned entity is one too: `@VersionColumn version`.
 */
export interface VersionRef {
  id: string;
  version: number;
}

/** The record as it was, under lock, and as the change left it: what the audit row records. */
export interface VersionedChange<T> {
  before: T;
  after: T;
}

/**
 * The change: a patch of columns, or a function of the row as locked that returns one. Checks that
 * depend on the row's current content go in the function: they then judge the row nobody else can
 * change until the transaction ends.
 */
export type VersionedPatch<T> =
  | QueryDeepPartialEntity<T>
  | ((locked: T) => QueryDeepPartialEntity<T> | Promise<QueryDeepPartialEntity<T>>);

/**
 * The one write path of every editable record (issue 12 §3): in the mutation's transaction, takes the row
 * (`SELECT … FOR UPDATE`, held until commit), refuses it with STALE_VERSION unless its version is the one
 * the client read, applies the change, moves the version on (`@VersionColumn` makes TypeORM append
 * `version = version + 1`; `@UpdateDateColumn` sets updated_at) and returns the row before and after.
 *
 * The lock makes concurrent changes of one record run one after the other: the second waits, then reads
 * the first's version and is refused. Reads the caller made earlier in the transaction stay sound to judge
 * by, since a row changed since then has another version. NOT_FOUND when the row does not exist (`what`
 * completes "Không tìm thấy …"). An empty patch only moves the version on: a change to a record's parts
 * (a đề án's budget lines, a plan's registrations) is a change to the record.
 */
export async function updateVersioned<T extends VersionRef>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ref: VersionRef,
  change: VersionedPatch<T>,
  what: string,
): Promise<VersionedChange<T>> {
  const before = await lockVersioned(em, entity, ref, what);
  const patch = typeof change === "function" ? await change(before) : change;
  await em
    .createQueryBuilder()
    .update(entity)
    .set(patch)
    .where({ id: before.id } as FindOptionsWhere<T>)
    .execute();
  const after = await em.findOneByOrFail(entity, { id: before.id } as FindOptionsWhere<T>);
  return { before, after };
}

/**
 * Deletes a versioned record the client read at `ref.version`, under the same lock and check as
 * {@link updateVersioned}. Returns the row as it was, for the audit row.
 */
export async function deleteVersioned<T extends VersionRef>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ref: VersionRef,
  what: string,
): Promise<T> {
  const before = await lockVersioned(em, entity, ref, what);
  await em.delete(entity, { id: before.id } as FindOptionsWhere<T>);
  return before;
}

async function lockVersioned<T extends VersionRef>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ref: VersionRef,
  what: string,
): Promise<T> {
  // Outside a transaction TypeORM refuses the lock (PessimisticLockTransactionRequiredError): there it
  // would end with the SELECT, and the compare would prove nothing.
  const row = await em
    .createQueryBuilder(entity, "row")
    .setLock("pessimistic_write")
    .where("row.id = :id", { id: ref.id })
    .getOne();
  if (!row) throw AppError.notFound(what);
  if (row.version !== ref.version) throw AppError.staleVersion();
  return row;
}
