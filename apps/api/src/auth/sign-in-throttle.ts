import { createHash } from "node:crypto";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { SignInSettings } from "../config.js";

/** The table the migration SignInHardening creates; every API instance on the database shares it. */
const TABLE = "sign_in_throttle";
/** How long the account's escalation (how many waits it has served) is remembered. */
const ESCALATION_MEMORY_SECONDS = 86_400;
/** The first wait imposed on an account; each further one doubles, up to `blockSeconds`. */
const FIRST_ACCOUNT_WAIT_SECONDS = 60;

/**
 * Throttles sign-in attempts, per account (the e-mail as typed, normalised, whether or not it exists, so
 * that a wait reveals nothing) and per client address, in PostgreSQL so that several API instances share
 * the counts. Each attempt is counted BEFORE the password is verified (one atomic upsert), so that 200
 * concurrent guesses cannot all slip in before the first failure is written; a success then takes its
 * attempt back. See docs/decisions.md "Sign-in throttling".
 *
 * - Client address: `maxFailuresPerClient` attempts in `windowSeconds`, then a wait of `blockSeconds`.
 * - Account: `maxFailuresPerAccount` attempts in `windowSeconds`, then a wait of 1 minute; after a wait
 *   served, one attempt at a time, each failure doubling the wait (2, 4, 8 … minutes, at most
 *   `blockSeconds`), for a day. A success clears the account's count and escalation.
 */
export class SignInThrottle {
  private readonly client: RateLimiterPostgres;
  private readonly account: RateLimiterPostgres;
  private readonly accountWaits: RateLimiterPostgres;

  constructor(
    dataSource: DataSource,
    readonly settings: SignInSettings,
  ) {
    const store = {
      storeClient: dataSource,
      storeType: "typeorm",
      tableName: TABLE,
      // Created by our migration; the application never creates tables at run time.
      tableCreated: true,
    };
    this.client = new RateLimiterPostgres({
      ...store,
      keyPrefix: "client",
      points: settings.maxFailuresPerClient,
      duration: settings.windowSeconds,
    });
    this.account = new RateLimiterPostgres({
      ...store,
      keyPrefix: "account",
      points: settings.maxFailuresPerAccount,
      duration: settings.windowSeconds,
      // One limiter deleting expired rows of the shared table is enough.
      clearExpiredByTimeout: false,
    });
    this.accountWaits = new RateLimiterPostgres({
      ...store,
      keyPrefix: "account_waits",
      points: Number.MAX_SAFE_INTEGER,
      duration: ESCALATION_MEMORY_SECONDS,
      clearExpiredByTimeout: false,
    });
  }

  /**
   * Counts one sign-in attempt. Returns 0 when the password may be verified, else the seconds to wait
   * (then it must not be verified: a blocked guess must not learn anything).
   */
  async attempt(email: string, clientAddress: string): Promise<number> {
    const clientKey = keyOf(clientAddress);
    const client = await this.client.penalty(clientKey);
    if (client.consumedPoints > this.settings.maxFailuresPerClient) {
      if (client.consumedPoints === this.settings.maxFailuresPerClient + 1) {
        await this.client.block(clientKey, this.settings.blockSeconds);
        return this.settings.blockSeconds;
      }
      return secondsOf(client.msBeforeNext);
    }

    const accountKey = keyOf(email);
    const account = await this.account.penalty(accountKey);
    const waitsServed = (await this.accountWaits.get(accountKey))?.consumedPoints ?? 0;
    const allowed = waitsServed > 0 ? 1 : this.settings.maxFailuresPerAccount;
    if (account.consumedPoints <= allowed) return 0;
    if (account.consumedPoints === allowed + 1) {
      const waits = (await this.accountWaits.penalty(accountKey)).consumedPoints;
      const wait = Math.min(this.settings.blockSeconds, FIRST_ACCOUNT_WAIT_SECONDS * 2 ** (waits - 1));
      await this.account.block(accountKey, wait);
      return wait;
    }
    return secondsOf(account.msBeforeNext);
  }

  /** A successful sign-in: the account starts afresh, and the client address gets its attempt back. */
  async succeeded(email: string, clientAddress: string): Promise<void> {
    await this.forgetAccount(email);
    await this.client.reward(keyOf(clientAddress));
  }

  /** Lifts an account's wait (an administrator reset the password: the person can sign in again). */
  async forgetAccount(email: string): Promise<void> {
    const accountKey = keyOf(email);
    await this.account.delete(accountKey);
    await this.accountWaits.delete(accountKey);
  }
}

const throttles = new WeakMap<DataSource, SignInThrottle>();

/** One throttle per database (and settings): the limiters are cheap, but each would start a clean-up timer. */
export function signInThrottle(dataSource: DataSource, settings: SignInSettings): SignInThrottle {
  const existing = throttles.get(dataSource);
  if (existing && sameSettings(existing.settings, settings)) return existing;
  const throttle = new SignInThrottle(dataSource, settings);
  throttles.set(dataSource, throttle);
  return throttle;
}

function sameSettings(a: SignInSettings, b: SignInSettings): boolean {
  return (
    a.maxFailuresPerAccount === b.maxFailuresPerAccount &&
    a.maxFailuresPerClient === b.maxFailuresPerClient &&
    a.windowSeconds === b.windowSeconds &&
    a.blockSeconds === b.blockSeconds
  );
}

/** The table holds digests, not e-mails or addresses: it needs only equality, and leaks nothing. */
function keyOf(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function secondsOf(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** "15 phút", "1 phút", "40 giây": the wait as the message says it (rounded up, never "0"). */
export function waitInVietnamese(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} giây` : `${Math.ceil(seconds / 60)} phút`;
}

export function tooManyAttemptsMessage(seconds: number): string {
  return `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${waitInVietnamese(seconds)}.`;
}
