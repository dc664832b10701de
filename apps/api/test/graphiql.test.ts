import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYTICS_EXAMPLES } from "../src/analytics/examples.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("GET /graphiql", () => {
  it("serves a page whose every asset is served by the API itself, with the right types", async () => {
    const page = await fetch(`${t.url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs).toHaveLength(5);
    for (const ref of refs) {
      expect(ref.startsWith("/graphiql/assets/")).toBe(true);
      const asset = await fetch(`${t.url}${ref}`);
      expect(asset.status, ref).toBe(200);
      expect(asset.headers.get("content-type"), ref).toBe(
        ref.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
      );
      expect(asset.headers.get("cache-control")).toBe("public, max-age=3600");
      expect((await asset.arrayBuffer()).byteLength, ref).toBeGreaterThan(500);
    }
  });

  it("preloads every example query, and the examples are valid queries an analyst may run", async () => {
    const setup = await (await fetch(`${t.url}/graphiql/assets/setup.js`)).text();
    const analyst = await t.createUser("ANALYST");
    for (const example of ANALYTICS_EXAMPLES) {
      expect(setup).toContain(JSON.stringify(example.query).slice(1, -1));
      const res = await t.gql(example.query, {}, analyst.token);
      expect(res.errors, `${example.title}: ${res.text}`).toBeUndefined();
    }
  });

  it("answers 404 for an unknown asset and 405 for a POST", async () => {
    expect((await fetch(`${t.url}/graphiql/assets/secrets.js`)).status).toBe(404);
    expect((await fetch(`${t.url}/graphiql/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${t.url}/graphiql`, { method: "POST" })).status).toBe(405);
  });
});
