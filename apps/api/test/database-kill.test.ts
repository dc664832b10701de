/**
 * PostgreSQL killed (SIGKILL of the postmaster) while officers ask for advances, the Treasury pays, some
 * twice at once, and the department approves đề án against a tight envelope; then started again on the
 * same data and port while the load goes on. Afterwards, read from the base tables: nothing paid beyond
 * the approved support, no envelope overdrawn, exactly one audit row per change (and so per success a
 * client was told of), one payment request per idempotency key, paid once; and every request during the
 * outage was told DATABASE_UNAVAILABLE or SERVER_BUSY, never INTERNAL_SERVER_ERROR.
 *
 * The PostgreSQL is this file's own (never the run's shared server): an embedded one in a throw-away
 * folder, started as a persistent instance so that PostgreSQL's durable defaults stay on. With the
 * throw-away instances' `synchronous_commit=off`, a commit is acknowledged before its WAL leaves
 * PostgreSQL's shared memory, and SIGKILL loses the last few hundred milliseconds of acknowledged
 * commits: a client would have been told "paid" for a payment that is gone, whatever the app does.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EmbeddedPostgres,
  type PostgresExit,
  startEmbeddedPostgres,
} from "../src/db/embedded-postgres.js";
import { silentLogger } from "../src/log.js";
import { createEnvelope, currentVersion, readyDraft } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";
import { isRunning } from "./processes.js";

const ADVANCE = 30_000_000;
/** Each đề án asks 300 trđ; an advance may reach 70 % of it (210 trđ): 7 of the 12 keys fit. */
const KEYS_PER_PROJECT = 12;
const CONTRACTED = 4;
const WAITING_FOR_APPROVAL = 4;
/** Room for the contracted đề án and two of the four waiting: approvals race for the rest. */
const ENVELOPE = (CONTRACTED + 2) * 300_000_000;

/** Codes a request may get in this test: successes' refusals by the rules, and the outage's. */
const EXPECTED_CODES = new Set([
  "OK",
  "CONFLICT",
  "INSUFFICIENT_FUNDS",
  "INVALID_TRANSITION",
  "STALE_VERSION",
  "DATABASE_UNAVAILABLE",
  "SERVER_BUSY",
]);
const OUTAGE_CODES = new Set(["DATABASE_UNAVAILABLE", "SERVER_BUSY"]);

interface Outcome {
  op: "request" | "pay" | "approve" | "read";
  /** "OK", the error code, or FETCH_FAILED (no HTTP answer at all). */
  code: string;
  startedAt: number;
  endedAt: number;
  /** The payment request or đề án the success is about. */
  id?: string;
  key?: string;
}

let base: string;
let pg: EmbeddedPostgres;
let restarted: EmbeddedPostgres | undefined;
const unexpectedExits: PostgresExit[] = [];
let t: TestServer;
let officer: TestUser;
let appraiser: TestUser;
let approver: TestUser;
let treasury: TestUser;
let finance: TestUser;
const contracted: string[] = [];
const waiting: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "kc-db-kill-"));
  // As root the embedded PostgreSQL runs as the OS user `postgres`, which must be able to enter the folder.
  chmodSync(base, 0o755);
  pg = await startEmbeddedPostgres({ persistentDir: join(base, "pg"), log: silentLogger });
  pg.onUnexpectedExit((exit) => unexpectedExits.push(exit));
  t = await startTestServer({ serverUrl: pg.url });
  officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
  appraiser = await t.createUser("DEPARTMENT");
  approver = await t.createUser("DEPARTMENT");
  treasury = await t.createUser("TREASURY");
  finance = await t.createUser("FINANCE");
  await createEnvelope(t, finance.token, 2026, "CITY_BUDGET", ENVELOPE);
  for (let i = 0; i < CONTRACTED + WAITING_FOR_APPROVAL; i++) {
    const { project } = await readyDraft(t, officer.token);
    await ok(transition(officer, "submitProject", project.id));
    await ok(
      transition(appraiser, "appraiseProject", project.id, `appraisedOn: "2026-04-01", opinion: "Đạt"`),
    );
    if (i < CONTRACTED) {
      await ok(approve(project.id));
      await ok(
        transition(
          approver,
          "signProjectContract",
          project.id,
          `contractNumber: "1/HĐ", contractDate: "2026-05-01"`,
        ),
      );
      contracted.push(project.id);
    } else waiting.push(project.id);
  }
}, 180_000);

afterAll(async () => {
  await t?.close();
  await restarted?.stop();
  await pg?.stop();
  if (base) rmSync(base, { recursive: true, force: true });
}, 60_000);

describe("PostgreSQL killed under concurrent money work", () => {
  it("loses no acknowledged change, breaks no money rule, and names the outage", async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const workers = [
      ...Array.from({ length: 3 }, () => loop(() => askForAdvance(outcomes))),
      ...Array.from({ length: 2 }, () => loop(() => payPending(outcomes))),
      loop(() => approveWaiting(outcomes)),
    ];
    async function loop(step: () => Promise<void>) {
      while (running) {
        await step();
        await sleep(5 + Math.random() * 15);
      }
    }

    await sleep(1_500);
    const beforeKill = outcomes.filter((o) => o.code === "OK").length;
    process.kill(pg.pid, "SIGKILL");
    await until(() => !isRunning(pg.pid));
    const outageStart = Date.now();
    await sleep(2_000);
    const outageEnd = Date.now();
    // The same data directory and port: the app's pool finds its server where it was.
    restarted = await startEmbeddedPostgres({
      persistentDir: join(base, "pg"),
      port: pg.port,
      log: silentLogger,
    });
    const backAt = Date.now();
    await sleep(2_500);
    running = false;
    await Promise.all(workers);

    const unexpected = outcomes.filter((o) => !EXPECTED_CODES.has(o.code));
    // What the clients were told, by phase, for the failure messages.
    const tally: Record<string, number> = {};
    for (const o of outcomes) {
      const phase =
        o.endedAt < outageStart
          ? "before"
          : o.startedAt >= backAt
            ? "after"
            : o.startedAt >= outageStart && o.endedAt <= outageEnd
              ? "outage"
              : "around";
      tally[`${phase} ${o.op} ${o.code}`] = (tally[`${phase} ${o.op} ${o.code}`] ?? 0) + 1;
    }
    const told = JSON.stringify(tally);
    expect(unexpected, `${JSON.stringify(unexpected.slice(0, 5))} ${told}`).toEqual([]);
    const duringOutage = outcomes.filter((o) => o.startedAt >= outageStart && o.endedAt <= outageEnd);
    expect(duringOutage.length, told).toBeGreaterThan(20);
    expect(
      duringOutage.filter((o) => !OUTAGE_CODES.has(o.code)),
      told,
    ).toEqual([]);
    // Work was done before the kill and again after the restart, without restarting the app.
    expect(beforeKill, told).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.code === "OK" && o.startedAt >= backAt).length, told).toBeGreaterThan(0);
    // The supervision hook saw the death (main.ts exits 1 on it).
    expect(unexpectedExits).toEqual([expect.objectContaining({ signal: "SIGKILL" })]);

    await checkInvariants(outcomes);
  }, 120_000);
});

/** What the base tables must say, whatever the clients were told. */
async function checkInvariants(outcomes: Outcome[]) {
  const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, params);
  const projects = [...contracted, ...waiting];

  // Paid ≤ approved support, for every đề án; and, all of it advances here, within the 70 % of it an
  // advance may reach.
  const overpaid = await q(
    `SELECT p.id, p.approved_support, coalesce(sum(r.amount) FILTER (WHERE r.status = 'PAID'), 0)::bigint AS paid
       FROM project p LEFT JOIN payment_request r ON r.project_id = p.id
      WHERE p.id = ANY($1)
      GROUP BY p.id
     HAVING coalesce(sum(r.amount) FILTER (WHERE r.status = 'PAID'), 0) > coalesce(p.approved_support, 0)
         OR coalesce(sum(r.amount) FILTER (WHERE r.status = 'PAID' AND r.kind = 'ADVANCE'), 0) > p.approved_support * 0.7`,
    [projects],
  );
  expect(overpaid).toEqual([]);

  // No envelope overdrawn: what approved đề án commit stays within the envelope.
  const [envelope] = await q(
    `SELECT e.amount::bigint AS amount,
            (SELECT coalesce(sum(p.approved_support), 0) FROM project p
              WHERE p.year = e.year AND p.fund_source = e.fund_source AND p.approved_support IS NOT NULL)::bigint AS allocated
       FROM budget_envelope e WHERE e.year = 2026 AND e.fund_source = 'CITY_BUDGET'`,
  );
  expect(Number(envelope.allocated)).toBeLessThanOrEqual(Number(envelope.amount));
  const approvedNow = await q(
    "SELECT count(*)::int AS n FROM project WHERE id = ANY($1) AND state = 'APPROVED'",
    [waiting],
  );
  expect(approvedNow[0].n).toBeLessThanOrEqual(2);

  // One payment request per idempotency key; every success for a key named the same request.
  expect(
    await q("SELECT project_id, request_key FROM payment_request GROUP BY 1, 2 HAVING count(*) > 1"),
  ).toEqual([]);
  const idsByKey = new Map<string, Set<string>>();
  for (const o of outcomes.filter((o) => o.op === "request" && o.code === "OK")) {
    idsByKey.set(o.key as string, (idsByKey.get(o.key as string) ?? new Set()).add(o.id as string));
  }
  expect([...idsByKey.values()].filter((ids) => ids.size > 1)).toEqual([]);
  // Paid once: never two successful payments of one request.
  const paidOk = outcomes.filter((o) => o.op === "pay" && o.code === "OK").map((o) => o.id as string);
  expect(paidOk.length).toBe(new Set(paidOk).size);

  // Exactly one audit row per change in the tables (so none for a rolled-back attempt, none missing for
  // a commit the client was not told of)…
  const auditCount = `(SELECT count(*) FROM audit_entry a WHERE a.entity_id = r.id::text AND a.action = $2)::int`;
  const requests = await q(
    `SELECT r.id, r.status, ${auditCount} AS requested,
            ${auditCount.replace("$2", "'payment.pay'")} AS paid
       FROM payment_request r WHERE r.project_id = ANY($1)`,
    [projects, "payment.request"],
  );
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((r: { requested: number }) => r.requested !== 1)).toEqual([]);
  expect(
    requests.filter((r: { status: string; paid: number }) => r.paid !== (r.status === "PAID" ? 1 : 0)),
  ).toEqual([]);
  const approvals = await q(
    `SELECT p.id, p.state, (SELECT count(*) FROM audit_entry a WHERE a.entity_id = p.id::text AND a.action = 'project.approve')::int AS n
       FROM project p WHERE p.id = ANY($1)`,
    [waiting],
  );
  expect(
    approvals.filter((p: { state: string; n: number }) => p.n !== (p.state === "APPROVED" ? 1 : 0)),
  ).toEqual([]);

  // …and so every success a client was told of is there, with its one audit row.
  const byId = new Map(requests.map((r: { id: string }) => [r.id, r]));
  for (const o of outcomes.filter((o) => o.code === "OK")) {
    if (o.op === "request") expect(byId.get(o.id as string), o.id).toMatchObject({ requested: 1 });
    if (o.op === "pay") expect(byId.get(o.id as string), o.id).toMatchObject({ status: "PAID", paid: 1 });
    if (o.op === "approve")
      expect(approvals.find((p: { id: string }) => p.id === o.id)).toMatchObject({ state: "APPROVED", n: 1 });
  }
}

/** An officer asks for a 30 trđ advance on a contracted đề án under one of a few keys, so keys repeat. */
async function askForAdvance(outcomes: Outcome[]) {
  const projectId = pick(contracted);
  const key = `${projectId.slice(0, 8)}-k${Math.floor(Math.random() * KEYS_PER_PROJECT)}`;
  await timed(outcomes, "request", key, () =>
    t.gql(
      graphql(`mutation DatabaseKillRequestPayment($projectId: ID!, $key: String!, $amount: Dong!) {
        requestPayment(projectId: $projectId, requestKey: $key, kind: "ADVANCE", amount: $amount, progress: 9000) { id }
      }`),
      { projectId, key, amount: ADVANCE },
      officer.token,
    ),
  );
}

/** The Treasury pays a pending request, now and then the same one twice at once (two clerks). */
async function payPending(outcomes: Outcome[]) {
  const pending = await timed(outcomes, "read", undefined, () =>
    t.gql(
      graphql(`query DatabaseKillPendingPaymentRequests { pendingPaymentRequests { id } }`),
      {},
      treasury.token,
    ),
  );
  const list: { id: string }[] = pending.data?.pendingPaymentRequests ?? [];
  if (list.length === 0) return;
  const { id } = pick(list);
  const pay = () =>
    timed(outcomes, "pay", undefined, () =>
      t.gql(
        graphql(
          `mutation DatabaseKillPayPaymentRequest($id: ID!) { payPaymentRequest(id: $id, paidOn: "2026-06-01", treasuryReference: "UNC-0001") { id } }`,
        ),
        { id },
        treasury.token,
      ),
    );
  await Promise.all(Math.random() < 0.3 ? [pay(), pay()] : [pay()]);
}

/** The department approves a waiting đề án against the envelope, which covers two of the four. */
async function approveWaiting(outcomes: Outcome[]) {
  const projectId = pick(waiting);
  const read = await timed(outcomes, "read", undefined, () =>
    t.gql(
      graphql(`query DatabaseKillProject($id: ID!) { project(id: $id) { state version } }`),
      { id: projectId },
      approver.token,
    ),
  );
  const project = read.data?.project;
  if (project?.state !== "APPRAISED") return;
  await timed(outcomes, "approve", undefined, () =>
    t.gql(
      graphql(`mutation DatabaseKillApproveProject($id: ID!, $v: Int!) {
        approveProject(projectId: $id, version: $v, decisionNumber: "77/QĐ-UBND", decisionDate: "2026-04-20") { id }
      }`),
      { id: projectId, v: project.version },
      approver.token,
    ),
  );
}

// biome-ignore lint/suspicious/noExplicitAny: responses are read loosely in tests
type Response = GqlResponse<any>;

/** Sends, and records what the client was told and when. */
async function timed(
  outcomes: Outcome[],
  op: Outcome["op"],
  key: string | undefined,
  send: () => Promise<Response>,
): Promise<Response> {
  const startedAt = Date.now();
  let res: Response | undefined;
  let code: string;
  try {
    res = await send();
    code = res.errors ? (errorCode(res) ?? "NO_CODE") : "OK";
  } catch {
    // No HTTP answer, or not JSON: the server itself failed.
    code = "FETCH_FAILED";
  }
  const data = res?.data ? (Object.values(res.data)[0] as { id?: string } | null) : null;
  outcomes.push({ op, code, startedAt, endedAt: Date.now(), key, id: data?.id });
  return res ?? { status: 0, data: null, errors: undefined, text: "", headers: new Headers() };
}

function transition(user: TestUser, mutation: string, projectId: string, args = "") {
  return currentVersion(t, projectId).then((version) =>
    t.gql(
      `mutation($id: ID!, $v: Int!) { ${mutation}(projectId: $id, version: $v${args ? `, ${args}` : ""}) { id state } }`,
      { id: projectId, v: version },
      user.token,
    ),
  );
}

function approve(projectId: string) {
  return transition(
    approver,
    "approveProject",
    projectId,
    `decisionNumber: "77/QĐ-UBND", decisionDate: "2026-04-20"`,
  );
}

async function ok<T extends { errors?: unknown; text: string }>(response: Promise<T>): Promise<T> {
  const res = await response;
  if (res.errors) throw new Error(`unexpected error: ${res.text}`);
  return res;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
