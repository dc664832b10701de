import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { createDataSource } from "../src/db/data-source.js";
import { graphql } from "./graphql/index.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("GET /health", () => {
  it("answers 200 {status: ok} when the database answers", async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    // Never initialised: every query fails, as when PostgreSQL is down.
    const app = await createApp({ dataSource: createDataSource("postgres://nobody@127.0.0.1:1/none") });
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    try {
      const address = app.server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable" });
    } finally {
      await app.stop();
    }
  });
});

describe("HTTP routing", () => {
  it("answers 404 for an unknown path", async () => {
    const response = await fetch(`${t.url}/nothing-here`);
    expect(response.status).toBe(404);
  });

  it("keeps Apollo's CSRF prevention: a GET query without a preflight header is refused", async () => {
    const blocked = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain("Cross-Site Request Forgery");

    const allowed = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a body that is not JSON with 400 and a Vietnamese message", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{ not json",
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe("Nội dung yêu cầu không phải JSON hợp lệ");
  });

  it("refuses a body over 1 MB with 413", async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", padding: "x".repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
  });

  it("passes a query through Apollo over POST", async () => {
    const res = await t.gql(graphql(`query Health__typename { __typename }`));
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: "Query" });
  });
});
