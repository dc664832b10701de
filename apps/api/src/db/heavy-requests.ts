import type { DataSource } from "typeorm";
import type { RequestLimits } from "../config.js";
import { type Ctx, inTransaction } from "../context.js";
import { AppError } from "../errors.js";

/** Seconds a refused client is told to wait: about the time a heavy request takes to finish. */
const BUSY_RETRY_AFTER_SECONDS = 5;

/** What to leave the pool free for (ordinary reads, sign-ins, /health), and how to refuse when it is taken. */
export function serverBusy(): AppError {
  return AppError.serverBusy(BUSY_RETRY_AFTER_SECONDS);
}

/** Gives the permit back; calling it twice is harmless (the second call does nothing). */
export type Release = () => void;

/**
 * A counting semaphore with a bounded, first-come-first-served wait: at most `capacity` holders at once;
 * a newcomer waits up to `queueMs` for a holder to leave, then is refused with SERVER_BUSY. Refusing
 * beats queueing without end: a client told "busy, retry in 5 s" can act, one left hanging cannot, and
 * the requests behind it would pile up in memory.
 */
export class RequestGate {
  private holders = 0;
  private readonly queue: { grant: () => void }[] = [];

  constructor(
    readonly capacity: number,
    readonly queueMs: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`capacity must be ≥ 1, got ${capacity}`);
  }

  /** Requests running now, and requests waiting for their turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.holders, waiting: this.queue.length };
  }

  /** Resolves with the release once a permit is held; rejects with SERVER_BUSY after `queueMs`. */
  enter(): Promise<Release> {
    if (this.holders < this.capacity) {
      this.holders++;
      return Promise.resolve(this.releaser());
    }
    if (this.queueMs <= 0) return Promise.reject(serverBusy());
    return new Promise<Release>((resolve, reject) => {
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          // The leaving holder's permit passes straight to this waiter: `holders` stays the same.
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(serverBusy());
      }, this.queueMs);
      this.queue.push(waiter);
    });
  }

  /** Runs `fn` holding a permit; refuses with SERVER_BUSY when none frees up in time. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.enter();
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next.grant();
      else this.holders--;
    };
  }
}

/**
 * One gate per connection pool: the pool is what heavy requests compete for, and a DataSource is one
 * pool, so GraphQL (the limits plugin) and the download routes share a gate without any wiring through
 * the app. The first caller's settings size it.
 */
const gates = new WeakMap<DataSource, RequestGate>();

export function heavyRequestGate(
  dataSource: DataSource,
  limits: Pick<RequestLimits, "heavyConcurrency" | "heavyQueueMs">,
): RequestGate {
  let gate = gates.get(dataSource);
  if (!gate) {
    gate = new RequestGate(limits.heavyConcurrency, limits.heavyQueueMs);
    gates.set(dataSource, gate);
  }
  return gate;
}

/**
 * A report download or a settlement dossier: it holds a heavy-request permit, and its reads run in one
 * read-only transaction whose statements may run for `reportStatementTimeoutMs` instead of the ordinary
 * `statementTimeoutMs`. `SET LOCAL` ends with the transaction, so the pooled connection goes back with
 * the ordinary limit whatever happens (a session-level SET would stay on it for the next request).
 */
export function runHeavyDownload<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  const gate = heavyRequestGate(ctx.dataSource, ctx.settings.limits);
  const timeoutMs = Math.trunc(ctx.settings.database.reportStatementTimeoutMs);
  return gate.run(() =>
    inTransaction(ctx, async (tx) => {
      await tx.em.query("SET TRANSACTION READ ONLY");
      // An integer from config.ts; SET takes no bind parameters.
      await tx.em.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
      return fn(tx);
    }),
  );
}
