/**
 * While PostgreSQL is down, every answer names the outage: GraphQL and downloads answer 503
 * DATABASE_UNAVAILABLE with a Vietnamese message and Retry-After (never 200 or 500 with
 * INTERNAL_SERVER_ERROR), readiness says 503 while liveness stays 200; once PostgreSQL is back on the
 * same data directory and port, the same app serves again without a restart, the same session included.
 *
 * Its own embedded PostgreSQL (not the shared test server), since this file stops it.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_APP_SETTINGS } from "../src/config.js";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { MESSAGES } from "../src/errors.js";
import { silentLogger } from "../src/log.js";
import { graphql } from "./graphql/index.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from "./harness.js";
import { freePort } from "./processes.js";

let parent: string;
let dataDir: string;
let port: number;
let pg: EmbeddedPostgres;
let t: TestServer;
let url: string;
let token: string;

const LOGIN = graphql(`
  mutation OutageLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`);

const ME = graphql(`
  query OutageMe {
    me {
      email
    }
  }
`);

beforeAll(async () => {
  // The postgres OS user must be able to enter the folder (mkdtemp makes it 0700 for root).
  parent = mkdtempSync(join(tmpdir(), "khuyencong-outage-"));
  chmodSync(parent, 0o755);
  dataDir = join(parent, "pg");
  port = await freePort();
  pg = await startEmbeddedPostgres({ persistentDir: dataDir, port, log: silentLogger });
  // The harness's app on a database of this server: the file stops and restarts the server under it.
  t = await startTestServer({
    serverUrl: pg.url,
    settings: { database: { ...DEFAULT_APP_SETTINGS.database, poolSize: 4, connectTimeoutMs: 2_000 } },
  });
  url = t.url;
  token = t.adminToken;
});

afterAll(async () => {
  await t?.close();
  await pg?.stop();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe("a database outage", () => {
  it("is named 503 DATABASE_UNAVAILABLE with Retry-After while it lasts, and the app recovers after", async () => {
    // Before: all is well.
    expect((await t.gql(ME, {}, token)).data).toEqual({ me: { email: ADMIN_EMAIL } });
    expect(
      (await fetch(`${url}/reports/progress/2026.xlsx`, { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);

    await pg.stop();

    // An anonymous request that needs the database: signing in.
    const login = await t.gql(LOGIN, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(login.status, login.text).toBe(503);
    expect(login.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(login.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(login.errors?.[0]?.message).toBe(MESSAGES.DATABASE_UNAVAILABLE);
    expect(login.text).not.toMatch(/ECONNREFUSED|INTERNAL_SERVER_ERROR|Context creation/);

    // A signed-in request fails earlier, while its token is looked up: named the same way.
    const me = await t.gql(ME, {}, token);
    expect(me.status, me.text).toBe(503);
    expect(me.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(me.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(me.errors?.[0]?.message).toBe(MESSAGES.DATABASE_UNAVAILABLE);
    expect(me.text).not.toMatch(/ECONNREFUSED|INTERNAL_SERVER_ERROR|Context creation/);

    // A download: the JSON error of the plain routes, 503 with Retry-After.
    const report = await fetch(`${url}/reports/progress/2026.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(report.status).toBe(503);
    expect(report.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await report.json()).toEqual({
      error: { code: "DATABASE_UNAVAILABLE", message: MESSAGES.DATABASE_UNAVAILABLE },
    });

    // Readiness says "send no users here"; liveness says "do not restart me".
    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "unavailable" });
    expect((await fetch(`${url}/health`)).status).toBe(503);
    const live = await fetch(`${url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });

    // PostgreSQL back on the same data and port: the same app serves again, the session still valid.
    pg = await startEmbeddedPostgres({ persistentDir: dataDir, port, log: silentLogger });
    let again = await t.gql(ME, {}, token);
    // The pool may hand out one connection that died with the old server before it notices.
    for (let attempt = 0; attempt < 5 && again.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      again = await t.gql(ME, {}, token);
    }
    expect(again.status, again.text).toBe(200);
    expect(again.data).toEqual({ me: { email: ADMIN_EMAIL } });
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect(
      (await fetch(`${url}/reports/progress/2026.xlsx`, { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);
  });
});
