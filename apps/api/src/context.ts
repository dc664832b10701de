import type { IncomingMessage } from "node:http";
import type { CtxUser } from "./auth/current-user.js";
import { type AppSettings, DEFAULT_APP_SETTINGS } from "./config.js";
import type { DataSource, EntityManager } from "typeorm";
import { RequestSession, requestSessionOf } from "./db/request-session.js";
import { createLoaders, type Loaders } from "./loaders.js";
import type { Logger } from "./log.js";

export type { CtxUser } from "./auth/current-user.js";
export type { AppSettings } from "./config.js";

/**
 * Everything a service needs, passed explicitly as the first argument: `service.method(ctx, input)`.
 * `em` is the request's EntityManager: inside `inTransaction` it is the transaction's, so every read and
 * write of a mutation (its audit row included) commits or rolls back together.
 */
export interface Ctx {
  user: CtxUser | null;
  /** The session the request was authenticated with, if any. */
  sessionId: string | null;
  /** The personal API token the request was authenticated with, if any: then it is read-only. */
  apiTokenId: string | null;
  /** Where the request came from (for sign-in throttling and the audit log); "system" outside a request. */
  clientAddress: string;
  dataSource: DataSource;
  em: EntityManager;
  /** Per-request DataLoaders; relation fields go through these, never through one query per row. */
  loaders: Loaders;
  log: Logger;
  settings: AppSettings;
}

/** A context for work outside a request (startup seeding, scripts, tests). */
export function systemContext(dataSource: DataSource, log: Logger, settings: Partial<AppSettings> = {}): Ctx {
  return {
    user: null,
    sessionId: null,
    apiTokenId: null,
    clientAddress: "system",
    dataSource,
    em: dataSource.manager,
    loaders: createLoaders(dataSource.manager),
    log,
    settings: { ...DEFAULT_APP_SETTINGS, ...settings },
  };
}

/**
 * Runs `fn` in one database transaction, with a ctx whose `em` (and loaders) belong to it. Nested calls
 * join the outer transaction. Throwing anything — an AppError included — rolls everything back.
 */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  // A request's work already has its connection and scoped transaction: the mutation commits it.
  const session = requestSessionOf(ctx.em);
  if (session) {
    if (session.inTransaction) return fn(ctx);
    return session.transaction(() => fn({ ...ctx, loaders: createLoaders(ctx.em) }));
  }
  if (ctx.em.queryRunner?.isTransactionActive) return fn(ctx);
  return ctx.dataSource.transaction((em) => fn({ ...ctx, em, loaders: createLoaders(em) }));
}

/**
 * The database side of one HTTP request: an EntityManager whose every statement runs as the application's
 * role with the user's scope (db/request-session.ts), and the loaders reading through it. `end` gives the
 * connection back; the HTTP server calls it once the answer is sent (`endRequest`).
 */
export function requestDatabase(
  dataSource: DataSource,
  user: CtxUser | null,
): { em: EntityManager; loaders: Loaders; end(): Promise<void> } {
  const session = new RequestSession(dataSource, user);
  return { em: session.em, loaders: createLoaders(session.em), end: () => session.end() };
}

const requestEnds = new WeakMap<IncomingMessage, (() => Promise<void>)[]>();

/** Registers work to do when the HTTP request has been answered (its database session's end). */
export function onRequestEnd(req: IncomingMessage, end: () => Promise<void>): void {
  const ends = requestEnds.get(req);
  if (ends) ends.push(end);
  else requestEnds.set(req, [end]);
}

/** Runs what `onRequestEnd` registered for this request; a failure is the session's to log, not the user's. */
export async function endRequest(req: IncomingMessage): Promise<void> {
  const ends = requestEnds.get(req);
  if (!ends) return;
  requestEnds.delete(req);
  await Promise.allSettled(ends.map((end) => end()));
}
