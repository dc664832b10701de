/**
 * The security headers on every kind of answer, and the admin app's files sent precompressed with the
 * right Content-Encoding, length and caching.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
let root: string;
let app: App;
let hsts: App;
let base: string;
let hstsBase: string;

const ASSET = "assets/index-Ab12Cd34.js";
const assetText = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, label: "hàng ${i}" }`).join(", ")}];\n`;
const indexHtml = `<!doctype html><html lang="vi"><head><script type="module" src="/${ASSET}"></script></head><body><div id="root"></div>${"<!-- padding -->".repeat(80)}</body></html>`;

beforeAll(async () => {
  t = await startTestServer();
  // A build as the admin app's vite.config.ts writes it: each text file with its .br and .gz.
  root = mkdtempSync(join(tmpdir(), "admin-dist-headers-"));
  mkdirSync(join(root, "assets"));
  for (const [name, content] of [
    ["index.html", indexHtml],
    [ASSET, assetText],
  ] as const) {
    writeFileSync(join(root, name), content);
    writeFileSync(join(root, `${name}.br`), brotliCompressSync(content));
    writeFileSync(join(root, `${name}.gz`), gzipSync(content, { level: 9 }));
  }
  writeFileSync(join(root, "assets", "tiny-1234.css"), "a{color:red}");
  app = await createApp({ dataSource: t.dataSource, adminDist: root });
  hsts = await createApp({
    dataSource: t.dataSource,
    adminDist: root,
    settings: { http: { trustProxy: false, hstsMaxAgeSeconds: 31_536_000 } },
  });
  for (const server of [app.server, hsts.server]) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  }
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  hstsBase = `http://127.0.0.1:${(hsts.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.stop();
  await hsts?.stop();
  await t?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET whose body is not decoded (fetch would decompress it and hide what was sent). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

function expectSecurityHeaders(answer: RawAnswer, what: string): void {
  const csp = String(answer.headers["content-security-policy"]);
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  // No inline or eval'd script may ever run in the app.
  expect(csp.match(/script-src[^;]*/)?.[0], what).toBe("script-src 'self'");
  expect(answer.headers["x-frame-options"], what).toBe("DENY");
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["referrer-policy"], what).toBe("no-referrer");
  expect(answer.headers["cross-origin-opener-policy"], what).toBe("same-origin");
}

describe("security headers", () => {
  it("are on the app's page, an asset, /graphql, /health*, a download refusal and an error", async () => {
    const answers: Array<[string, RawAnswer]> = [
      ["/", await get(`${base}/`, { accept: "text/html" })],
      ["asset", await get(`${base}/${ASSET}`)],
      ["/graphql", await get(`${base}/graphql?query=%7B__typename%7D`, { "apollo-require-preflight": "1" })],
      ["/health", await get(`${base}/health`)],
      ["/health/live", await get(`${base}/health/live`)],
      ["/health/ready", await get(`${base}/health/ready`)],
      ["report without token", await get(`${base}/reports/progress/2026.xlsx`)],
      ["404", await get(`${base}/metrics`)],
      ["400", await get(`${base}/%E0%A4%A`)],
    ];
    expect(answers.map(([what, answer]) => [what, answer.status])).toEqual([
      ["/", 200],
      ["asset", 200],
      ["/graphql", 200],
      ["/health", 200],
      ["/health/live", 200],
      ["/health/ready", 200],
      ["report without token", 401],
      ["404", 404],
      ["400", 400],
    ]);
    for (const [what, answer] of answers) {
      expectSecurityHeaders(answer, what);
      // Without TLS configured, no HSTS: it would lock users out of an office's plain-HTTP address.
      expect(answer.headers["strict-transport-security"], what).toBeUndefined();
    }
  });

  it("sends HSTS when HSTS_MAX_AGE is set", async () => {
    for (const path of ["/", "/graphql?query=%7B__typename%7D", "/health", "/metrics"]) {
      const answer = await get(`${hstsBase}${path}`, { "apollo-require-preflight": "1" });
      expect(answer.headers["strict-transport-security"], path).toBe("max-age=31536000");
    }
  });

  it("GraphiQL keeps its own policy, which lets its bundle run, and the rest of the header set", async () => {
    const page = await get(`${t.url}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("style-src 'self' 'unsafe-inline'");
    expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(page.headers["x-frame-options"]).toBe("DENY");
  });
});

describe("precompressed assets", () => {
  it("sends brotli when accepted (preferred over gzip), gzip otherwise, the file itself to a client that asks for neither", async () => {
    const cases: Array<[string | undefined, string | undefined]> = [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip;q=1, br;q=0.5", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["gzip, deflate", "gzip"],
      ["*", "br"],
      ["identity", undefined],
      ["br;q=0, gzip;q=0", undefined],
      [undefined, undefined],
    ];
    for (const [acceptEncoding, expected] of cases) {
      const answer = await get(
        `${base}/${ASSET}`,
        acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
      );
      const what = `Accept-Encoding: ${acceptEncoding}`;
      expect(answer.status, what).toBe(200);
      expect(answer.headers["content-encoding"], what).toBe(expected);
      expect(answer.headers.vary, what).toBe("Accept-Encoding");
      expect(Number(answer.headers["content-length"]), what).toBe(answer.body.length);
      const decoded =
        expected === "br"
          ? brotliDecompressSync(answer.body)
          : expected === "gzip"
            ? gunzipSync(answer.body)
            : answer.body;
      expect(decoded.toString("utf8"), what).toBe(assetText);
      if (expected) expect(answer.body.length, what).toBeLessThan(Buffer.byteLength(assetText) / 3);
    }
  });

  it("compresses the app's page too, and a HEAD announces the length of what a GET would send", async () => {
    const page = await get(`${base}/de-an/123`, { accept: "text/html", "accept-encoding": "gzip, br" });
    expect(page.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(page.body).toString("utf8")).toBe(indexHtml);
    const head = await get(`${base}/${ASSET}`, { "accept-encoding": "gzip" }, "HEAD");
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(readFileSync(join(root, `${ASSET}.gz`)).length);
  });

  it("caches hashed assets for a year and never the page; a small file without variants goes as it is", async () => {
    const asset = await get(`${base}/${ASSET}`, { "accept-encoding": "br" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/index.html", "/bang-dieu-khien"]) {
      const page = await get(`${base}${path}`, { accept: "text/html", "accept-encoding": "br" });
      expect(page.headers["cache-control"], path).toBe("no-cache");
    }
    const tiny = await get(`${base}/assets/tiny-1234.css`, { "accept-encoding": "br, gzip" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.headers.vary).toBeUndefined();
    expect(tiny.body.toString()).toBe("a{color:red}");
    expect(tiny.headers["content-type"]).toBe("text/css; charset=utf-8");
  });

  it("reads the page from disk at each request, so a new build is served at once", async () => {
    const before = await get(`${base}/`, { accept: "text/html" });
    expect(before.body.toString()).toBe(indexHtml);
    const rebuilt = indexHtml.replace("padding", "rebuilt");
    writeFileSync(join(root, "index.html"), rebuilt);
    writeFileSync(join(root, "index.html.br"), brotliCompressSync(rebuilt));
    writeFileSync(join(root, "index.html.gz"), gzipSync(rebuilt));
    try {
      expect((await get(`${base}/`, { accept: "text/html" })).body.toString()).toBe(rebuilt);
    } finally {
      writeFileSync(join(root, "index.html"), indexHtml);
      writeFileSync(join(root, "index.html.br"), brotliCompressSync(indexHtml));
      writeFileSync(join(root, "index.html.gz"), gzipSync(indexHtml));
    }
  });
});
