/**
 * While PostgreSQL is down, every answer names the outage: GraphQL and downloads answer 503
 * DATABASE_UNAVAILABLE with a Vietnamese message and Retry-After (never 200 or 500 with
 * INTERNAL_SERVER_ERROR), readiness says 503 while liveness stays 200; once PostgreSQL is back on the
 * same data directory and port, the same app serves again without a restart, the same session included.
 *
 * Its own embedded PostgreSQL (not the shared test server), since this file stops it.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { systemContext } from "../src/context.js";
import { createDataSource } from "../src/db/data-source.js";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../src/db/embedded-postgres.js";
import { migrate } from "../src/db/open-database.js";
import { MESSAGES } from "../src/errors.js";
import { silentLogger } from "../src/log.js";
import { seedReferenceData } from "../src/reference/seed-reference-data.js";
import { ensureFirstAdmin } from "../src/users/first-admin.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./harness.js";

let parent: string;
let dataDir: string;
let port: number;
let pg: EmbeddedPostgres;
let dataSource: DataSource;
let app: App;
let url: string;
let token: string;

const LOGIN =
  "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }";

async function gql(query: string, variables: Record<string, unknown> = {}, bearer?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: JSON.parse(text) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
    text,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

beforeAll(async () => {
  // The postgres OS user must be able to enter the folder (mkdtemp makes it 0700 for root).
  parent = mkdtempSync(join(tmpdir(), "khuyencong-outage-"));
  chmodSync(parent, 0o755);
  dataDir = join(parent, "pg");
  port = await freePort();
  pg = await startEmbeddedPostgres({ persistentDir: dataDir, port, log: silentLogger });
  dataSource = await createDataSource(pg.url, { poolSize: 4, connectTimeoutMs: 2_000 }).initialize();
  await migrate(dataSource, silentLogger);
  await seedReferenceData(systemContext(dataSource, silentLogger));
  await ensureFirstAdmin(systemContext(dataSource, silentLogger), {
    email: ADMIN_EMAIL,
    password: ADMIN_PASSWORD,
    print: () => {},
  });
  app = await createApp({ dataSource });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await gql(LOGIN, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
  const signedIn = login.body.data?.login as { token: string } | undefined;
  if (!signedIn) throw new Error(`login failed: ${login.text}`);
  token = signedIn.token;
});

afterAll(async () => {
  await app?.stop();
  if (dataSource?.isInitialized) await dataSource.destroy().catch(() => {});
  await pg?.stop();
  if (parent) rmSync(parent, { recursive: true, force: true });
});

describe("a database outage", () => {
  it("is named 503 DATABASE_UNAVAILABLE with Retry-After while it lasts, and the app recovers after", async () => {
    // Before: all is well.
    expect((await gql("{ me { email } }", {}, token)).body.data).toEqual({ me: { email: ADMIN_EMAIL } });
    expect(
      (await fetch(`${url}/reports/progress/2026.xlsx`, { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);

    await pg.stop();

    // An anonymous request that needs the database: signing in.
    const login = await gql(LOGIN, { email: ADMIN_EMAIL, password: ADMIN_PASSWORD });
    expect(login.status, login.text).toBe(503);
    expect(login.retryAfter).toMatch(/^\d+$/);
    expect(login.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(login.body.errors?.[0]?.message).toBe(MESSAGES.DATABASE_UNAVAILABLE);
    expect(login.text).not.toMatch(/ECONNREFUSED|INTERNAL_SERVER_ERROR|Context creation/);

    // A signed-in request fails earlier, while its token is looked up: named the same way.
    const me = await gql("{ me { email } }", {}, token);
    expect(me.status, me.text).toBe(503);
    expect(me.retryAfter).toMatch(/^\d+$/);
    expect(me.body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(me.body.errors?.[0]?.message).toBe(MESSAGES.DATABASE_UNAVAILABLE);
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
    let again = await gql("{ me { email } }", {}, token);
    // The pool may hand out one connection that died with the old server before it notices.
    for (let attempt = 0; attempt < 5 && again.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      again = await gql("{ me { email } }", {}, token);
    }
    expect(again.status, again.text).toBe(200);
    expect(again.body.data).toEqual({ me: { email: ADMIN_EMAIL } });
    expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    expect(
      (await fetch(`${url}/reports/progress/2026.xlsx`, { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);
  });
});
