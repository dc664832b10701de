import type { EntityManager } from "typeorm";
import { requestSessionOf } from "./request-session.js";

/**
 * Independent reads, together when they can be: outside a transaction each read takes its own pooled
 * connection, and a request's reads outside a mutation their own lane (db/request-session.ts), so they run
 * in parallel; inside a transaction, it has a single connection, on which pg would queue concurrent
 * queries (deprecated, and an error from pg 9), so they run one after the other.
 * Results come back in the order of the reads, typed as a tuple.
 */
export async function readTogether<T extends readonly unknown[]>(
  em: EntityManager,
  reads: { readonly [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  const thunks = reads as unknown as readonly (() => Promise<unknown>)[];
  const session = requestSessionOf(em);
  const parallel = session ? !session.inTransaction : !em.queryRunner;
  if (parallel) return (await Promise.all(thunks.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of thunks) results.push(await read());
  return results as unknown as T;
}
