/**
 * `pnpm --filter @khuyencong/api bench:national -- --database-url postgres://…/kc_national`
 *
 * Side by side on a generated database (bench:generate): each request of issue 11's goal table through
 * the real app over HTTP (forked as its own process by serve.ts, production settings: pool, time-outs,
 * cost limits and heavy-request permits as configured by the environment) and through its hand-written
 * SQL floor (one statement returning the same JSON, on a pg pool of the app's size), interleaved: for
 * each request and each number of concurrent clients, the API cell then the floor cell. Prints p50, p99,
 * requests per second, errors by code (SERVER_BUSY apart: the overload limits shed load on purpose) and
 * the API ÷ floor ratio of the medians; counts the SQL statements of the list and the detail.
 *
 * Options: --duration seconds per cell (5), --clients 1,8,32, --only <substring>, --out results.json.
 */
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { BENCH_EMAILS, BENCH_PASSWORD, officerEmail } from "./generate.js";
import { type BenchRequest, benchRequests, type Role } from "./requests.js";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    "database-url": { type: "string" },
    duration: { type: "string", default: "5" },
    clients: { type: "string", default: "1,8,32" },
    only: { type: "string" },
    out: { type: "string" },
    year: { type: "string", default: "2030" },
  },
});
const url = values["database-url"] ?? process.env.DATABASE_URL;
if (!url)
  throw new Error("--database-url (or DATABASE_URL) is required: a database filled by bench:generate");
const durationMs = Number(values.duration) * 1_000;
const levels = values.clients.split(",").map(Number);
const year = Number(values.year);

interface Outcome {
  ms: number;
  /** null: success; otherwise the error code. */
  code: string | null;
}
interface Cell {
  clients: number;
  count: number;
  p50: number;
  p99: number;
  perSecond: number;
  busy: number;
  errors: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** `clients` loops, each sending one request after the other, until `durationMs` and `minCount` are reached. */
async function measure(run: () => Promise<Outcome>, clients: number, minCount: number): Promise<Cell> {
  const outcomes: Outcome[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  // A cell never runs longer than this, whatever the requests cost (an alone request of 20 s gives 4).
  const hardDeadline = started + Math.max(durationMs * 4, 60_000);
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (
        (performance.now() < deadline || outcomes.length < minCount) &&
        performance.now() < hardDeadline
      ) {
        outcomes.push(await run());
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1_000;
  const ok = outcomes.filter((o) => o.code === null).map((o) => o.ms);
  const all = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const errors: Record<string, number> = {};
  let busy = 0;
  for (const o of outcomes) {
    if (o.code === "SERVER_BUSY") busy++;
    else if (o.code) errors[o.code] = (errors[o.code] ?? 0) + 1;
  }
  const sorted = (ok.length > 0 ? ok : all).sort((a, b) => a - b);
  return {
    clients,
    count: outcomes.length,
    p50: percentile(sorted, 50),
    p99: percentile(all, 99),
    perSecond: ok.length / elapsed,
    busy,
    errors,
  };
}

// ---- the app, in its own process --------------------------------------------------------------------
const serverStarted = performance.now();
const child = fork(new URL("./serve.js", import.meta.url), [], {
  env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", LOG: process.env.LOG ?? "error" },
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const nextMessage = <T>(type: string) =>
  new Promise<T>((resolve, reject) => {
    const onMessage = (m: { type: string }) => {
      if (m.type === type) {
        child.off("message", onMessage);
        resolve(m as T);
      }
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`the app exited (${code})`)));
  });
const ready = await nextMessage<{ port: number; startSeconds: number }>("ready");
const startSeconds = (performance.now() - serverStarted) / 1_000;
const base = `http://127.0.0.1:${ready.port}`;

/** The little of pg this file uses (the package ships no types and @types/pg is not a dependency). */
interface PgPool {
  query(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  end(): Promise<void>;
}
const pgModule = "pg";
const pg = (await import(pgModule)).default as { Pool: new (options: object) => PgPool };
const floorPool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });

async function graphql(
  query: string,
  variables: Record<string, unknown> | undefined,
  token?: string,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, text: await response.text() };
}

/** The error code of a response; null when it succeeded. Bodies are parsed only when they hold an error. */
function codeOf(status: number, text: string): string | null {
  if (status === 200 && !text.includes('"errors"')) return null;
  try {
    const body = JSON.parse(text) as {
      errors?: { extensions?: { code?: string } }[];
      error?: { code?: string };
    };
    const code = body.errors?.[0]?.extensions?.code ?? body.error?.code;
    if (code) return code;
    if (status === 200) return null;
  } catch {
    // not JSON
  }
  return `HTTP_${status}`;
}

async function signIn(email: string): Promise<string> {
  const { text } = await graphql(
    "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
    { email, password: BENCH_PASSWORD },
  );
  const token = (JSON.parse(text) as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error(`sign-in of ${email} failed: ${text}`);
  return token;
}

// ---- what to ask for --------------------------------------------------------------------------------
const communeCode = String(
  (
    await floorPool.query(
      "SELECT commune_code FROM project GROUP BY commune_code ORDER BY count(*) DESC, commune_code LIMIT 1",
    )
  ).rows[0]?.commune_code,
);
const projectId = String(
  (
    await floorPool.query(
      `SELECT p.id FROM project p WHERE p.state = 'CLOSED' AND p.commune_code = $1
      ORDER BY (SELECT count(*) FROM budget_line b WHERE b.project_id = p.id) DESC, p.id LIMIT 1`,
      [communeCode],
    )
  ).rows[0]?.id,
);
const projectSearchColumn =
  (
    await floorPool.query(
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'project' AND column_name = 'search_text'",
    )
  ).rowCount === 1;
const moneyFigures =
  (await floorPool.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'project_money'"))
    .rowCount === 1;
const tokens: Record<Role, string> = {
  department: await signIn(BENCH_EMAILS.department),
  commune: await signIn(officerEmail(communeCode)),
  analyst: await signIn(BENCH_EMAILS.analyst),
};
const requests = benchRequests({ year, communeCode, projectId, projectSearchColumn, moneyFigures }).filter(
  (r) => !values.only || r.name.includes(values.only),
);

function apiCall(request: BenchRequest): () => Promise<Outcome> {
  const token = tokens[request.role];
  return async () => {
    const started = performance.now();
    try {
      if (request.get) {
        const response = await fetch(`${base}${request.get}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = await response.arrayBuffer();
        const code =
          response.status === 200
            ? null
            : codeOf(response.status, new TextDecoder().decode(body.slice(0, 2_000)));
        return { ms: performance.now() - started, code };
      }
      const { status, text } = await graphql(
        request.graphql?.query as string,
        request.graphql?.variables,
        token,
      );
      return { ms: performance.now() - started, code: codeOf(status, text) };
    } catch (error) {
      return { ms: performance.now() - started, code: `CLIENT_${(error as Error).name}` };
    }
  };
}

function floorCall(request: BenchRequest): () => Promise<Outcome> {
  const floor = request.floor as NonNullable<BenchRequest["floor"]>;
  return async () => {
    const started = performance.now();
    try {
      const result = await floorPool.query(floor.sql, floor.params);
      if (typeof result.rows[0]?.json !== "string") throw new Error("no JSON");
      return { ms: performance.now() - started, code: null };
    } catch (error) {
      return { ms: performance.now() - started, code: (error as { code?: string }).code ?? "FLOOR_ERROR" };
    }
  };
}

async function statementsOf(request: BenchRequest): Promise<number> {
  const recorded = nextMessage<{ statements: string[] }>("recorded");
  child.send({ type: "record" });
  await apiCall(request)();
  child.send({ type: "recorded" });
  return (await recorded).statements.length;
}

// ---- run ----------------------------------------------------------------------------------------------
interface Row {
  name: string;
  statements?: number;
  warmup: string | null;
  api: Cell[];
  floor: Cell[];
}
const results: Row[] = [];
const fmt = (ms: number) =>
  Number.isNaN(ms) ? "–" : ms >= 1_000 ? `${(ms / 1_000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
const errorsText = (c: Cell) =>
  [c.busy > 0 ? `${c.busy} busy` : "", ...Object.entries(c.errors).map(([code, n]) => `${n} ${code}`)]
    .filter(Boolean)
    .map((text, i) => (i === 0 ? `${text} of ${c.count}` : text))
    .join(", ") || `0 of ${c.count}`;

for (const request of requests) {
  const warm = await apiCall(request)();
  if (request.floor) await floorCall(request)();
  const row: Row = { name: request.name, warmup: warm.code, api: [], floor: [] };
  if (request.countStatements) row.statements = await statementsOf(request);
  for (const clients of levels) {
    const minCount = clients === 1 ? 5 : clients;
    row.api.push(await measure(apiCall(request), clients, minCount));
    if (request.floor) row.floor.push(await measure(floorCall(request), clients, minCount));
    const a = row.api.at(-1) as Cell;
    const f = row.floor.at(-1);
    console.error(
      `${request.name} × ${clients}: API p50 ${fmt(a.p50)} p99 ${fmt(a.p99)} ${a.perSecond.toFixed(1)}/s errors ${errorsText(a)}` +
        (f ? ` | floor p50 ${fmt(f.p50)} p99 ${fmt(f.p99)} → ×${(a.p50 / f.p50).toFixed(1)}` : ""),
    );
  }
  results.push(row);
}

const stats = nextMessage<{ maxRss: number }>("stats");
child.send({ type: "stats" });
const { maxRss } = await stats;
child.send({ type: "stop" });
await new Promise((resolve) => child.once("exit", resolve));
await floorPool.end();

// ---- report -------------------------------------------------------------------------------------------
const lines: string[] = [];
lines.push(
  `App start ${startSeconds.toFixed(1)} s (in-process ${ready.startSeconds.toFixed(1)} s), max RSS ${(maxRss / 2 ** 20).toFixed(0)} MB; ` +
    `${durationMs / 1_000} s per cell; commune officer of ${communeCode}; detail of ${projectId}; ` +
    `floors read ${moneyFigures ? "the money figures per đề án (project_money)" : "the base rows"}.`,
  "",
  "| request | clients | API p50 | API p99 | API req/s | API errors | floor p50 | floor p99 | API ÷ floor (p50) |",
  "|---|---|---|---|---|---|---|---|---|",
);
for (const row of results) {
  row.api.forEach((a, i) => {
    const f = row.floor[i];
    lines.push(
      `| ${i === 0 ? row.name : ""} | ${a.clients} | ${fmt(a.p50)} | ${fmt(a.p99)} | ${a.perSecond.toFixed(1)} | ${errorsText(a)} | ` +
        `${f ? fmt(f.p50) : "–"} | ${f ? fmt(f.p99) : "–"} | ${f ? `${(a.p50 / f.p50).toFixed(1)}×` : "–"} |`,
    );
  });
}
lines.push("");
for (const row of results.filter((r) => r.statements !== undefined)) {
  lines.push(`SQL statements per request, ${row.name}: ${row.statements}`);
}
console.log(lines.join("\n"));
if (values.out) {
  writeFileSync(
    values.out,
    JSON.stringify({ startSeconds, maxRss, durationMs, communeCode, projectId, results }, null, 2),
  );
}
