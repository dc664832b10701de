import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { CtxUser } from "../auth/current-user.js";
import { type ScopeSettings, scopeSettings } from "./data-scope.js";
import { APP_ROLE } from "./migrations/1796100000001-RowLevelSecurity.js";

/*
 * APP_ROLE, the database role every request runs as (migration RowLevelSecurity): not the owner of any
 * table, no BYPASSRLS, so the row-level security policies apply to it. Migrations, seeding, sign-in's
 * throttle, scripts and triggers keep the connection's own role (the owner), which the policies do not
 * restrict.
 */

/**
 * One request's connection to the database. Every statement of the request runs on it, inside a
 * transaction that starts, on the first statement, with
 *
 *     BEGIN; SET LOCAL ROLE khuyencong_app; SELECT set_config('khuyencong.scope', …, true), …
 *
 * so that row-level security sees the user's scope even in a query that forgot its condition, and that
 * nothing of it outlives the transaction (SET LOCAL, set_config(…, true)): the pooled connection goes back
 * as the owner with no scope. A connection is taken only when the request first reads, and given back at
 * the end of the request (`end`).
 *
 * Reads outside a mutation share one transaction (two statements: BEGIN…scope, COMMIT per request, where a
 * transaction per statement would cost two per statement); a failed read rolls it back and the next
 * statement opens a new one, as autocommit did. A mutation (`transaction`) runs in the current
 * transaction and commits it before it returns, so the change is durable before the answer is sent, and a
 * refused mutation rolls back only what the request did since its last commit (reads).
 *
 * Statements run one after the other (pg would queue concurrent queries on one client, deprecated): the
 * request's DataLoaders still batch, they just no longer take several pooled connections at once.
 */
export class RequestSession {
  readonly em: EntityManager;
  private readonly runner: QueryRunner;
  private readonly raw: QueryRunner["query"];
  /** Computed at the first statement: an account without its commune is refused there, as a read. */
  private setup: string | undefined;
  private open = false;
  private inMutation = false;
  private ended = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    dataSource: DataSource,
    private readonly user: CtxUser | null,
  ) {
    this.runner = dataSource.createQueryRunner();
    this.raw = this.runner.query.bind(this.runner) as QueryRunner["query"];
    const session = this;
    // TypeORM sends every statement of this EntityManager (finds, query builders, raw SQL, TypeORM's own
    // savepoints) through runner.query: each one waits for the transaction and its scope.
    this.runner.query = function scopedQuery(...args: Parameters<QueryRunner["query"]>) {
      if (session.ended) return Promise.reject(new Error("RequestSession: a statement after the request"));
      return session.enqueue(() => session.run(args));
    } as QueryRunner["query"];
    // To TypeORM, a transaction is always active on this runner, as it is from the first statement on: it
    // then nests its own (em.save, em.transaction) as savepoints, never a COMMIT of its own, and accepts
    // pessimistic locks. (TypeORM declares both fields read-only; they are its transaction state.)
    Object.assign(this.runner, { isTransactionActive: true, transactionDepth: 1 });
    this.em = this.runner.manager;
    sessions.set(this.em, this);
  }

  /**
   * Runs a mutation: its statements and the reads before it commit together when it returns, or roll back
   * when it throws. A nested call (a service calling another) joins it.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inMutation) return fn();
    this.inMutation = true;
    try {
      const result = await fn();
      await this.enqueue(() => this.finish("COMMIT"));
      return result;
    } catch (error) {
      await this.enqueue(() => this.finish("ROLLBACK")).catch(() => {});
      throw error;
    } finally {
      this.inMutation = false;
    }
  }

  /** Whether a mutation is running (a nested `inTransaction` joins it). */
  get inTransaction(): boolean {
    return this.inMutation;
  }

  /** Commits what is open (reads) and gives the connection back. Idempotent. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    try {
      await this.enqueue(() => this.finish("COMMIT"));
      await this.runner.release();
    } catch (error) {
      // The connection is in an unknown state: the pool must not hand it out again.
      await (
        this.runner as QueryRunner & { releasePostgresConnection?(err: unknown): Promise<void> }
      ).releasePostgresConnection?.(error);
      if (!this.runner.isReleased) await this.runner.release();
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => {});
    return next;
  }

  private async run(args: Parameters<QueryRunner["query"]>): Promise<unknown> {
    await this.begin();
    try {
      return await this.raw(...args);
    } catch (error) {
      // Outside a mutation each read stands alone, as under autocommit: the failed transaction is closed
      // so the request's next read starts a fresh one. Inside one, the mutation's own rollback does it.
      if (!this.inMutation) await this.finish("ROLLBACK").catch(() => {});
      throw error;
    }
  }

  private async begin(): Promise<void> {
    if (this.open) return;
    this.setup ??= beginSql(scopeSettings(this.user));
    try {
      await this.raw(this.setup);
    } catch (error) {
      // BEGIN may have succeeded before the error: never give the connection back inside a transaction.
      await this.raw("ROLLBACK").catch(() => {});
      throw error;
    }
    this.open = true;
  }

  private async finish(command: "COMMIT" | "ROLLBACK"): Promise<void> {
    if (!this.open) return;
    this.open = false;
    await this.raw(command);
  }
}

const sessions = new WeakMap<EntityManager, RequestSession>();

/** The request session an EntityManager belongs to, if it is one. */
export function requestSessionOf(em: EntityManager): RequestSession | undefined {
  return sessions.get(em);
}

/**
 * The first statement of every request transaction, sent as one simple query (one round trip). The values
 * are a scope keyword, a commune code and a unit id from the signed-in user's account; they are quoted as
 * SQL literals because a multi-statement query takes no bind parameters.
 */
export function beginSql(settings: ScopeSettings): string {
  return [
    "BEGIN",
    `SET LOCAL ROLE ${APP_ROLE}`,
    `SELECT set_config('khuyencong.scope', ${literal(settings.scope)}, true), ` +
      `set_config('khuyencong.commune_code', ${literal(settings.communeCode)}, true), ` +
      `set_config('khuyencong.unit_id', ${literal(settings.unitId)}, true)`,
  ].join("; ");
}

/** An SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1: only ' is special). */
function literal(value: string): string {
  if (value.includes("\0")) throw new Error("NUL in a scope setting");
  return `'${value.replaceAll("'", "''")}'`;
}
