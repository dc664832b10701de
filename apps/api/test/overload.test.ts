import type { QueryRunner } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP_SETTINGS } from "../src/config.js";
import { heavyRequestGate } from "../src/db/heavy-requests.js";
import { graphql } from "./graphql/index.js";
import { errorCode, type GqlResponse, startTestServer, type TestServer, type TestUser } from "./harness.js";

/*
 * The database is protected from heavy requests (src/db/heavy-requests.ts, src/graphql/limits.ts): at most
 * `heavyConcurrency` of them run at once, the others wait `heavyQueueMs` then hear SERVER_BUSY; every
 * statement has a time limit (longer for report downloads); an exhausted pool is SERVER_BUSY. Through it
 * all, /health and ordinary requests keep answering, and nothing answers INTERNAL_SERVER_ERROR.
 */
const settings = {
  limits: { ...DEFAULT_APP_SETTINGS.limits, heavyConcurrency: 2, heavyQueueMs: 100 },
  database: { ...DEFAULT_APP_SETTINGS.database, statementTimeoutMs: 1_000, reportStatementTimeoutMs: 8_000 },
};

const DASHBOARD = graphql(`query Dashboard($year: Int!, $years: [Int!]!) {
  progress: programmeProgress(asOfYear: $year) { attainment linesBehind }
  attainment(groupBy: GROUP, years: $years) { year groupCode attainment }
  byFund: moneyBreakdown(groupBy: [FUND_SOURCE], filter: { years: [$year] }) { rows { fundSource approved } }
  byState: moneyBreakdown(groupBy: [STATE], filter: { years: [$year] }) { rows { state projectCount } }
}`);
const DASHBOARD_VARIABLES = { year: 2030, years: [2026, 2027, 2028, 2029, 2030] };

let t: TestServer;
let officer: TestUser;
let manager: TestUser;

beforeAll(async () => {
  t = await startTestServer({ settings });
  officer = await t.createUser("COMMUNE_OFFICER");
  manager = await t.createUser("DEPARTMENT");
}, 120_000);
afterAll(() => t?.close());

async function health(): Promise<number> {
  return (await fetch(`${t.url}/health`)).status;
}

/** A connection of the app's own pool, in a transaction that holds `lock` until released. */
async function holdLock(lock: string): Promise<QueryRunner> {
  const runner = t.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query(lock);
  return runner;
}

async function release(runner: QueryRunner): Promise<void> {
  if (runner.isReleased) return;
  if (runner.isTransactionActive) await runner.rollbackTransaction();
  await runner.release();
}

function expectBusy(res: GqlResponse<unknown>): void {
  expect(res.status, res.text).toBe(503);
  expect(errorCode(res), res.text).toBe("SERVER_BUSY");
  expect(res.errors?.[0]?.message).toBe("Hệ thống đang bận, vui lòng thử lại sau ít giây.");
  expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
}

describe("heavy requests are capped per instance", () => {
  it("a flood of dashboards: some answer SERVER_BUSY, none INTERNAL_SERVER_ERROR; /health and another user's read go on", async () => {
    const flood = Array.from({ length: 24 }, () => t.gql(DASHBOARD, DASHBOARD_VARIABLES, officer.token));
    // Meanwhile, while the flood runs: the readiness probe and an ordinary read of another user.
    const [healthStatus, me] = await Promise.all([
      health(),
      t.gql(graphql(`query OverloadMe { me { id } }`), {}, manager.token),
    ]);
    const answers = await Promise.all(flood);

    expect(healthStatus).toBe(200);
    expect(me.errors, me.text).toBeUndefined();
    expect(me.data!.me.id).toBe(manager.id);
    const codes = answers.map((res) => errorCode(res) ?? "OK");
    expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
    expect(codes.filter((code) => code !== "OK" && code !== "SERVER_BUSY")).toEqual([]);
    expect(codes).toContain("SERVER_BUSY");
    expect(codes).toContain("OK");
    for (const res of answers.filter((r) => errorCode(r) === "SERVER_BUSY")) expectBusy(res);
    expect(t.logs.filter((line) => line.level === "error")).toEqual([]);
  });

  it("while every permit is taken: GraphQL aggregates and report downloads are told to retry, ordinary reads are served", async () => {
    const gate = heavyRequestGate(t.dataSource, settings.limits);
    const permits = [await gate.enter(), await gate.enter()];
    try {
      // 1,000 aliases are not needed to be heavy: one programmeProgress is, and takes one permit.
      expectBusy(
        await t.gql(
          graphql(`query OverloadProgrammeProgress { programmeProgress(asOfYear: 2026) { attainment } }`),
          {},
          officer.token,
        ),
      );

      const download = await fetch(`${t.url}/reports/progress/2026.xlsx`, {
        headers: { authorization: `Bearer ${manager.token}` },
      });
      expect(download.status).toBe(503);
      expect(Number(download.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(((await download.json()) as { error: { code: string } }).error.code).toBe("SERVER_BUSY");

      const ordinary = await t.gql(
        graphql(`query OverloadCommunes { communes(kind: null) { code } }`),
        {},
        officer.token,
      );
      expect(ordinary.errors, ordinary.text).toBeUndefined();
      expect(await health()).toBe(200);
    } finally {
      for (const release of permits) release();
    }
    const again = await t.gql(
      graphql(`query OverloadProgrammeProgress2 { programmeProgress(asOfYear: 2026) { attainment } }`),
      {},
      officer.token,
    );
    expect(again.errors, again.text).toBeUndefined();
  });
});

describe("statements have a time limit", () => {
  it("a change whose statement outlasts statementTimeoutMs answers QUERY_TIMEOUT and writes nothing", async () => {
    const before = await t.dataSource.query(
      `SELECT full_name, version, (SELECT count(*) FROM audit_entry)::int AS audits FROM app_user WHERE id = $1`,
      [officer.id],
    );
    // Another transaction holds the audit table: the change's audit row would wait for it, for ever on an
    // unprotected server (the lock is dropped after 4 s, so such a server would answer success).
    const lock = await holdLock("LOCK TABLE audit_entry IN ACCESS EXCLUSIVE MODE");
    const unlock = setTimeout(() => void release(lock), 4_000);
    let res: GqlResponse<unknown>;
    try {
      res = await t.gql(
        graphql(
          `mutation OverloadUpdateUser($id: ID!, $version: Int!) { updateUser(id: $id, version: $version, fullName: "Tên Mới") { id fullName } }`,
        ),
        { id: officer.id, version: before[0].version },
        t.adminToken,
      );
    } finally {
      clearTimeout(unlock);
      await release(lock);
    }
    expect(errorCode(res), res.text).toBe("QUERY_TIMEOUT");
    expect(res.errors?.[0]?.message).toContain("không có dữ liệu nào bị thay đổi");
    const after = await t.dataSource.query(
      `SELECT full_name, version, (SELECT count(*) FROM audit_entry)::int AS audits FROM app_user WHERE id = $1`,
      [officer.id],
    );
    expect(after).toEqual(before);
  });

  it("a report download may run longer (reportStatementTimeoutMs) and leaves no longer limit on the pool", async () => {
    // The programme's table is locked for 2.5 s: past the ordinary limit (1 s), within the reports' (8 s).
    const lock = await holdLock("LOCK TABLE target_line IN ACCESS EXCLUSIVE MODE");
    const unlock = new Promise<void>((resolve) => setTimeout(() => void release(lock).then(resolve), 2_500));
    let ordinary: GqlResponse<unknown>;
    let download: Response;
    try {
      [ordinary, download] = await Promise.all([
        t.gql(graphql(`query OverloadProgramme { programme { targetLines { code } } }`), {}, officer.token),
        fetch(`${t.url}/reports/progress/2026.csv`, {
          headers: { authorization: `Bearer ${manager.token}` },
        }),
      ]);
    } finally {
      await unlock;
    }
    expect(errorCode(ordinary), ordinary.text).toBe("QUERY_TIMEOUT");
    expect(download.status, await download.clone().text()).toBe(200);
    expect(await download.text()).toContain("I.1");

    // SET LOCAL ended with the download's transaction: every pooled connection has the ordinary limit.
    const runners = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const runner = t.dataSource.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    try {
      for (const runner of runners) {
        expect(await runner.query("SHOW statement_timeout")).toEqual([{ statement_timeout: "1s" }]);
      }
    } finally {
      for (const runner of runners) await runner.release();
    }
  });
});

describe("an exhausted pool", () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({
      settings: { database: { ...DEFAULT_APP_SETTINGS.database, poolSize: 3, connectTimeoutMs: 300 } },
    });
  }, 120_000);
  afterAll(() => small?.close());

  it("answers SERVER_BUSY (never INTERNAL_SERVER_ERROR) while no connection frees up, and recovers", async () => {
    const taken = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const runner = small.dataSource.createQueryRunner();
        await runner.connect();
        return runner;
      }),
    );
    let res: GqlResponse<unknown>;
    try {
      res = await small.gql(graphql(`query OverloadMe2 { me { id } }`), {}, small.adminToken);
    } finally {
      for (const runner of taken) await runner.release();
    }
    expect(errorCode(res), res.text).toBe("SERVER_BUSY");
    expect(res.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const after = await small.gql(graphql(`query OverloadMe3 { me { id } }`), {}, small.adminToken);
    expect(after.errors, after.text).toBeUndefined();
  });
});
