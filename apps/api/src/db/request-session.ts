import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import type { CtxUser } from "../auth/current-user.js";
import { type ScopeSettings, scopeSettings } from "./data-scope.js";
import { APP_ROLE, APP_ROLE_ALL } from "./migrations/1796100000001-RowLevelSecurity.js";

/*
 * APP_ROLE (a commune's or a unit's request, or no user) and APP_ROLE_ALL (a user who sees everything), the
 * database roles requests run as (migration RowLevelSecurity): owners of nothing, no BYPASSRLS, so the
 * row-level security policies apply to them. Migrations, seeding, sign-in's
 * throttle, scripts and triggers keep the connection's own role (the owner), which the policies do not
 * restrict.
 */

/**
 * One request's database work. Every statement of the request runs in a transaction that starts, on its
 * connection's first statement, with
 *
 *     BEGIN; SET LOCAL ROLE khuyencong_app[_all]; SELECT set_config('khuyencong.scope', …, true), …
 *
 * so that row-level security sees the user's scope even in a query that forgot its condition, and that
 * nothing of it outlives the transaction (SET LOCAL, set_config(…, true)): a pooled connection goes back
 * as the owner with no scope. Connections are taken when the request first needs them and given back at
 * the end of the request (`end`), which commits what is open.
 *
 * - Reads outside a mutation share a transaction per connection (two round trips per connection and
 *   request, where a transaction per statement would cost two per statement). Like the autocommit reads
 *   before, reads issued together (a tick's DataLoaders, `readTogether`) run in parallel: on another
 *   connection of the request ("lane", at most MAX_LANES, each with its own scoped transaction), taken
 *   only while the pool has one to spare; otherwise they wait their turn on a lane. A failed read rolls
 *   its lane's transaction back and the lane's next statement opens a new one, as autocommit did.
 * - A mutation (`transaction`) runs on the first lane and commits its transaction before it returns, so
 *   the change is durable before the answer is sent; a refused one rolls it back.
 * - On one lane, statements run one after the other (pg would queue concurrent queries on one client,
 *   deprecated).
 */
export class RequestSession {
  readonly em: EntityManager;
  private readonly lanes: Lane[];
  /** Computed at the first statement: an account without its commune is refused there, as a read. */
  private setup: string | undefined;
  private inMutation = false;
  private ended = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly user: CtxUser | null,
  ) {
    const runner = dataSource.createQueryRunner();
    this.lanes = [new Lane(runner, () => this.beginStatement())];
    const session = this;
    // TypeORM sends every statement of this EntityManager (finds, query builders, raw SQL, TypeORM's own
    // savepoints) through runner.query: each one goes to a lane, in its scoped transaction.
    runner.query = function scopedQuery(...args: Parameters<QueryRunner["query"]>) {
      if (session.ended) return Promise.reject(new Error("RequestSession: a statement after the request"));
      return session.laneFor().run(args, !session.inMutation);
    } as QueryRunner["query"];
    // To TypeORM, a transaction is always active on this runner, as it is from the first statement on: it
    // then nests its own (em.save, em.transaction) as savepoints, never a COMMIT of its own, and accepts
    // pessimistic locks. (TypeORM declares both fields read-only; they are its transaction state.)
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    this.em = runner.manager;
    sessions.set(this.em, this);
  }

  /**
   * Runs a mutation: its statements (and the reads of the first lane before it) commit together when it
   * returns, or roll back when it throws. A nested call (a service calling another) joins it.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.inMutation) return fn();
    this.inMutation = true;
    const lane = this.lanes[0] as Lane;
    try {
      const result = await fn();
      await lane.finish("COMMIT");
      return result;
    } catch (error) {
      await lane.finish("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      this.inMutation = false;
    }
  }

  /** Whether a mutation is running (a nested `inTransaction` joins it). */
  get inTransaction(): boolean {
    return this.inMutation;
  }

  /** Commits what is open (reads) and gives the connections back. Idempotent. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await Promise.all(this.lanes.map((lane) => lane.end()));
  }

  private beginStatement(): string {
    this.setup ??= beginSql(scopeSettings(this.user));
    return this.setup;
  }

  /** The first lane in a mutation; otherwise an idle lane, a new one if the pool can spare it, the least busy. */
  private laneFor(): Lane {
    const first = this.lanes[0] as Lane;
    if (this.inMutation || first.pending === 0) return first;
    const idle = this.lanes.find((lane) => lane.pending === 0);
    if (idle) return idle;
    if (this.lanes.length < MAX_LANES && this.poolCanSpare()) {
      const lane = new Lane(this.dataSource.createQueryRunner(), () => this.beginStatement());
      this.lanes.push(lane);
      return lane;
    }
    return this.lanes.reduce((best, lane) => (lane.pending < best.pending ? lane : best));
  }

  /** Whether pg's pool has a connection nobody waits for: a request never queues for a second one. */
  private poolCanSpare(): boolean {
    const pool = (this.dataSource.driver as unknown as { master?: PoolCounts }).master;
    if (!pool) return false;
    return pool.waitingCount === 0 && (pool.idleCount > 0 || pool.totalCount < (pool.options?.max ?? 10));
  }
}

interface PoolCounts {
  idleCount: number;
  totalCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** Connections one request may read on at once (the pool has 10 by default). */
const MAX_LANES = 3;

/** One connection of a request, its scoped transaction, and the statements waiting for it. */
class Lane {
  pending = 0;
  private readonly raw: QueryRunner["query"];
  private open = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly runner: QueryRunner,
    private readonly setup: () => string,
  ) {
    this.raw = runner.query.bind(runner) as QueryRunner["query"];
  }

  /** Runs a statement in the lane's transaction; a failed `standalone` read closes that transaction. */
  run(args: Parameters<QueryRunner["query"]>, standalone: boolean): Promise<unknown> {
    return this.enqueue(async () => {
      await this.begin();
      try {
        return await this.raw(...args);
      } catch (error) {
        // Outside a mutation each read stands alone, as under autocommit: the failed transaction is closed
        // so the lane's next read starts a fresh one. Inside one, the mutation's own rollback does it.
        if (standalone) await this.close("ROLLBACK").catch(() => {});
        throw error;
      }
    });
  }

  finish(command: "COMMIT" | "ROLLBACK"): Promise<void> {
    return this.enqueue(() => this.close(command));
  }

  async end(): Promise<void> {
    try {
      await this.finish("COMMIT");
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
    this.pending++;
    const next = this.queue.then(task, task).finally(() => {
      this.pending--;
    });
    this.queue = next.catch(() => {});
    return next;
  }

  private async begin(): Promise<void> {
    if (this.open) return;
    const setup = this.setup();
    try {
      await this.raw(setup);
    } catch (error) {
      // BEGIN may have succeeded before the error: never give the connection back inside a transaction.
      await this.raw("ROLLBACK").catch(() => {});
      throw error;
    }
    this.open = true;
  }

  private async close(command: "COMMIT" | "ROLLBACK"): Promise<void> {
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
    // A user who sees everything runs as the role whose policy reads no column (nothing to pay per row).
    `SET LOCAL ROLE ${settings.scope === "all" ? APP_ROLE_ALL : APP_ROLE}`,
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
