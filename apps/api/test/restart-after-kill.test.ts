/**
 * The built server (`node dist/main.js`, as the README starts it) on its own embedded PostgreSQL in a
 * throw-away DATA_DIR, killed the ways a machine kills it: `kill -9` of the API (its PostgreSQL is left
 * running as an orphan holding the data directory's lock), a second API on the same DATA_DIR, and
 * `kill -9` of PostgreSQL under a running API. Each time the server says what happened and either comes
 * back with the data or refuses with a non-zero exit; never a silent exit 0.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, isRunning } from "./processes.js";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const mainJs = join(apiDir, "dist", "main.js");
/** A passphrase any reasonable password rule accepts (ADMIN_PASSWORD is checked against it). */
const ADMIN_PASSWORD = "mango telescope riverbank quartz 47";
const USER_PASSWORD = "lantern orchard copper violin 82";

interface RunningApi {
  child: ChildProcess;
  port: number;
  /** stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const started: RunningApi[] = [];
let dataDir: string;

beforeAll(() => {
  buildIfStale();
  dataDir = mkdtempSync(join(tmpdir(), "kc-restart-"));
  // As root the embedded PostgreSQL runs as the OS user `postgres`, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
}, 300_000);

afterAll(async () => {
  for (const api of started)
    if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill();
  await Promise.all(started.map((api) => api.exited));
  // Whatever a failed assertion left running on the folder.
  const pid = postmasterPid();
  if (pid) {
    try {
      process.kill(pid, "SIGINT");
    } catch {}
    await waitFor(() => !isRunning(pid), 30_000);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the server on its embedded PostgreSQL, killed", () => {
  it("comes back after kill -9 of the API: the orphaned PostgreSQL is stopped, the data is kept", async () => {
    const first = await startApi();
    await untilHealthy(first);
    const admin = await login(first, "admin@khuyencong.local", ADMIN_PASSWORD);
    const created = await gql(
      first,
      `mutation($e: String!, $p: String!) {
        createUser(email: $e, fullName: "Người còn đó", role: ANALYST, password: $p) { id }
      }`,
      { e: "kept@restart.test", p: USER_PASSWORD },
      admin,
    );
    const userId = created.data?.createUser?.id;
    expect(userId, JSON.stringify(created)).toBeTruthy();

    const orphan = postmasterPid();
    expect(orphan).toBeTypeOf("number");
    first.child.kill("SIGKILL");
    await first.exited;
    // What the issue saw: PostgreSQL outlives its API and keeps the data directory's lock.
    expect(isRunning(orphan as number)).toBe(true);

    const second = await startApi();
    await untilHealthy(second);
    expect(second.output()).toContain(`PostgreSQL pid ${orphan}`);
    expect(second.output()).toMatch(new RegExp(`Orphaned PostgreSQL pid ${orphan} stopped in \\d+ ms`));
    expect(isRunning(orphan as number)).toBe(false);
    expect(postmasterPid()).not.toBe(orphan);

    const again = await login(second, "admin@khuyencong.local", ADMIN_PASSWORD);
    const kept = await gql(second, "query($id: ID!) { user(id: $id) { id email } }", { id: userId }, again);
    expect(kept.data?.user).toEqual({ id: userId, email: "kept@restart.test" });
    expect(await login(second, "kept@restart.test", USER_PASSWORD)).toBeTruthy();
  }, 180_000);

  it("refuses a second API on the same DATA_DIR, clearly and non-zero, and leaves the first one running", async () => {
    const running = started.at(-1) as RunningApi;
    const theirs = postmasterPid();
    const intruder = await startApi();
    const { code } = await intruder.exited;
    expect(code).not.toBe(0);
    expect(intruder.output()).toContain("is in use by another running API");
    expect(intruder.output()).toContain("đang được một máy chủ API khác dùng");
    expect(postmasterPid()).toBe(theirs);
    expect((await fetch(`http://127.0.0.1:${running.port}/health`)).status).toBe(200);
  }, 120_000);

  it("exits 1 with a clear line when its PostgreSQL is killed, and the next start recovers the data", async () => {
    const running = started.at(-2) as RunningApi;
    const postgres = postmasterPid() as number;
    process.kill(postgres, "SIGKILL");
    const { code } = await running.exited;
    expect(code).toBe(1);
    expect(running.output()).toContain("The embedded PostgreSQL stopped unexpectedly (SIGKILL)");

    const next = await startApi();
    await untilHealthy(next);
    expect(next.output()).toContain(`names pid ${postgres}, which no longer runs`);
    expect(await login(next, "kept@restart.test", USER_PASSWORD)).toBeTruthy();

    next.child.kill("SIGTERM");
    expect((await next.exited).code).toBe(0);
    // A clean stop leaves no PostgreSQL behind.
    expect(postmasterPid()).toBeUndefined();
  }, 180_000);
});

async function startApi(): Promise<RunningApi> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, [mainJs], {
    cwd: apiDir,
    env: {
      ...process.env,
      // Its own embedded PostgreSQL in the throw-away folder, not the test server.
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      ADMIN_PASSWORD,
      ADMIN_DIST: "",
      // The default level: what it says there is what an operator sees.
      LOG: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const api = { child, port, output: () => output, exited };
  started.push(api);
  return api;
}

async function untilHealthy(api: RunningApi): Promise<void> {
  const healthy = await waitFor(async () => {
    if (api.child.exitCode !== null) return true;
    try {
      return (await fetch(`http://127.0.0.1:${api.port}/health`)).status === 200;
    } catch {
      return false;
    }
  }, 90_000);
  if (!healthy || api.child.exitCode !== null) {
    throw new Error(`the API did not come up (exit ${api.child.exitCode}):\n${api.output()}`);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: responses are read loosely in tests
async function gql(api: RunningApi, query: string, variables: object, token?: string): Promise<any> {
  const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function login(api: RunningApi, email: string, password: string): Promise<string> {
  const res = await gql(
    api,
    "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
    { e: email, p: password },
  );
  const token = res.data?.login?.token;
  if (!token) throw new Error(`login(${email}) failed: ${JSON.stringify(res)}`);
  return token;
}

/** The pid PostgreSQL wrote in its lock file, or undefined when it has none (stopped cleanly). */
function postmasterPid(): number | undefined {
  const file = join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(file)) return undefined;
  return Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/**
 * The test runs what `pnpm start` runs: dist/. Under turbo the API's build comes first (turbo.json,
 * `@khuyencong/api#test`); run alone (`npx vitest run …`), this builds when dist is missing or older
 * than a source file, so the test never passes on yesterday's build.
 */
function buildIfStale(): void {
  const newestSource = newestMtime(join(apiDir, "src"));
  if (existsSync(mainJs) && statSync(mainJs).mtimeMs >= newestSource) return;
  execFileSync(join(apiDir, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
    cwd: apiDir,
    stdio: "pipe",
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
