/**
 * No request ends the process, and no malformed request is answered as a server fault. Random paths,
 * methods, headers and bodies are thrown at the real server (the app with the admin app's files, on a
 * real database): first through Node's HTTP client (whatever it lets through), then as raw bytes on a
 * TCP socket (malformed request lines and headers no client library would send). Every answer must be
 * below 500 and carry the security headers; `/health` must still answer 200 after each case. An
 * uncaught exception would fail the run by itself (vitest reports it), as `GET /%E0%A4%A` did.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, validateHeaderName, validateHeaderValue } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../src/app.js";
import { serveSafely } from "../src/http/request-boundary.js";
import { createSecurityHeaders } from "../src/http/security-headers.js";
import { type LogLine, startTestServer, type TestServer } from "./harness.js";

let t: TestServer;
let app: App;
let root: string;
let base: { host: string; port: number };
const appLogs: LogLine[] = [];

const INDEX = "<!doctype html><title>app</title>";

beforeAll(async () => {
  t = await startTestServer();
  // A second app on the same database, serving a small admin build, so that the static route is fuzzed.
  root = mkdtempSync(join(tmpdir(), "admin-dist-fuzz-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), INDEX);
  writeFileSync(join(root, "assets", "app-1234.js"), "console.log(1)");
  app = await createApp({
    dataSource: t.dataSource,
    adminDist: root,
    logger: {
      error: (message, detail) => appLogs.push({ level: "error", message, detail }),
      warn: (message, detail) => appLogs.push({ level: "warn", message, detail }),
      info: () => {},
      debug: () => {},
    },
  });
  await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
  const address = app.server.address();
  base = { host: "127.0.0.1", port: typeof address === "object" && address ? address.port : 0 };
});
afterAll(async () => {
  await app?.stop();
  await t?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request through Node's HTTP client; `abortAfter` bytes of the body are sent, then the socket cut. */
function send(options: {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  abortAfter?: number;
}): Promise<Answer | null> {
  return new Promise((resolve, reject) => {
    // A connection per request, so that one case's leftovers never reach the next case's request.
    const req = request({
      ...base,
      agent: false,
      method: options.method,
      path: options.path,
      headers: options.headers,
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer within 10 s to ${options.method} ${options.path.slice(0, 200)}`));
    }, 10_000);
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", () => {});
      res.on("end", () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
      });
    });
    req.on("error", (error) => {
      clearTimeout(timer);
      if (options.abortAfter !== undefined) resolve(null);
      else reject(error);
    });
    if (options.abortAfter !== undefined) {
      req.write((options.body ?? Buffer.alloc(0)).subarray(0, options.abortAfter));
      setTimeout(() => {
        clearTimeout(timer);
        req.destroy();
        resolve(null);
      }, 20);
      return;
    }
    req.end(options.body);
  });
}

/** Raw bytes on a socket; the status of the first answer, or null when the server closed without one. */
function sendRaw(bytes: Buffer): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve) => {
    const socket = connect(base.port, base.host);
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString("latin1");
      const match = /^HTTP\/1\.[01] (\d{3}) /.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    // An incomplete request (a body shorter than announced) is closed by the server when we half-close;
    // the timer only bounds a case where it would not.
    const timer = setTimeout(() => socket.destroy(), 5_000);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", done);
    socket.on("connect", () => {
      socket.write(bytes);
      socket.end();
    });
  });
}

async function expectHealthy(): Promise<void> {
  const health = await send({ method: "GET", path: "/health" });
  expect(health?.status).toBe(200);
  expect(app.server.listening).toBe(true);
}

function expectNamedAnswer(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.status} ${answer.body.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["content-security-policy"], what).toBeTruthy();
  if (
    answer.status >= 400 &&
    answer.body !== "" &&
    String(answer.headers["content-type"]).startsWith("application/json")
  ) {
    const body = JSON.parse(answer.body) as {
      error?: { code?: string };
      errors?: { extensions?: { code?: string } }[];
    };
    const code = body.error?.code ?? body.errors?.[0]?.extensions?.code;
    expect(code, what).toBeTruthy();
    expect(code, what).not.toBe("INTERNAL_SERVER_ERROR");
  }
}

const UUID = "0b3d5c2e-8f1a-4c55-9d8e-2a6b7c8d9e0f";

/** Path segments a route knows, and the ones that broke servers before. */
const segment = fc.oneof(
  fc.constantFrom(
    "graphql",
    "graphiql",
    "health",
    "live",
    "ready",
    "reports",
    "progress",
    "annual",
    "plan-registrations",
    "2026.xlsx",
    "2026.csv",
    "documents",
    "projects",
    UUID,
    "settlement-dossier.xlsx",
    "assets",
    "app-1234.js",
    "index.html",
    "de-an",
    "api",
    "metrics",
    "..",
    ".",
    "%2e%2e",
    "..%2F..%2Fetc%2Fpasswd",
    "%00",
    "%E0%A4%A",
    "%",
    "%zz",
    "%FF",
    "%C0%AF",
    "%ED%A0%80",
    "",
  ),
  // Any text, percent-encoded as a client would (unicode included)…
  fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent),
  // …or sent as Node lets it through (printable ASCII and Latin-1 bytes, unencoded).
  fc.string({ unit: fc.integer({ min: 0x21, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
);

const path = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join("/")}`),
  },
  // Very long paths: past the 4096-character limit, and past Node's 16 kB header limit.
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => `/${"a".repeat(n)}`) },
);

const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom("?query=%7B__typename%7D", "?kind=INVOICE&fileName=a.pdf", "?%E0%A4%A=1", "?a=%00"),
  fc
    .string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 })
    .map((text) => `?${text}`),
);

const method = fc.oneof(
  fc.constantFrom(
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "PROPFIND",
    "MKCOL",
    "SEARCH",
    "PURGE",
  ),
  // Tokens Node's client accepts but the server's parser may not know.
  fc.stringMatching(/^[A-Z][A-Z-]{0,11}$/).filter((m) => m !== "CONNECT"),
);

/** Header names and values Node's client accepts (it refuses to send the others). */
const headerName = fc
  .oneof(
    fc.constantFrom(
      "accept",
      "accept-encoding",
      "authorization",
      "content-type",
      "cookie",
      "origin",
      "range",
      "if-none-match",
      "x-forwarded-for",
      "apollo-require-preflight",
      "upgrade",
    ),
    fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,24}$/),
  )
  .filter((name) => {
    // The framing headers are set by the client from the body; a lie there is for the raw socket part.
    if (/^(content-length|transfer-encoding|host|connection|expect|te|trailer|keep-alive)$/i.test(name))
      return false;
    try {
      validateHeaderName(name);
      return true;
    } catch {
      return false;
    }
  });
const headerValue = fc
  .oneof(
    fc.constantFrom(
      "text/html",
      "*/*",
      "application/json",
      "br;q=0, gzip;q=0, identity;q=0",
      "gzip;q=abc, br;q=1e9, *;q=-1",
      "Bearer kc_00000000",
      "Bearer ",
      "Bearer \u00ff\u00fe",
      "multipart/form-data; boundary=x",
      "websocket",
    ),
    fc.string({
      unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
      maxLength: 200,
    }),
  )
  .filter((value) => {
    try {
      validateHeaderValue("x", value);
      return true;
    } catch {
      return false;
    }
  });

const body = fc.oneof(
  fc.constant(undefined),
  fc
    .constantFrom(
      '{"query":"{ __typename }"}',
      '{"query":',
      "null",
      "[]",
      '{"query":"{ me { id } }","variables":"x"}',
    )
    .map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes)),
);

describe("no request ends the process", () => {
  it("GET /%E0%A4%A answers 400 BAD_REQUEST and the server keeps serving", async () => {
    for (const target of [base, null]) {
      const res = target
        ? await send({ method: "GET", path: "/%E0%A4%A" })
        : await fetch(`${t.url}/%E0%A4%A`).then(async (r) => ({
            status: r.status,
            headers: Object.fromEntries(r.headers),
            body: await r.text(),
          }));
      expect(res?.status).toBe(400);
      expect(JSON.parse(res?.body ?? "{}")).toEqual({
        error: { code: "BAD_REQUEST", message: "Địa chỉ yêu cầu chứa mã hoá phần trăm (%) không hợp lệ." },
      });
    }
    for (const bad of ["/assets/%E0%A4%A.js", "/graphql%", "/%00", "/de-an/%0a", "/reports/%FF/2026.csv"]) {
      expect((await send({ method: "GET", path: bad }))?.status, bad).toBe(400);
    }
    await expectHealthy();
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it("answers 404 NOT_FOUND for unknown API-like paths and unknown files, the app's page for its routes", async () => {
    for (const unknown of [
      "/metrics",
      "/api",
      "/api/v1/users",
      "/graphql/x",
      "/reports/unknown",
      "/health/x",
      "/missing.js",
      "/assets/missing.css",
      "/.well-known/change-password",
    ]) {
      const res = await send({ method: "GET", path: unknown, headers: { accept: "text/html,*/*" } });
      expect(res?.status, unknown).toBe(404);
      expect(JSON.parse(res?.body ?? "{}").error.code, unknown).toBe("NOT_FOUND");
    }
    // On the test server, which serves no admin build, an app route is unknown too.
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);

    const page = await send({ method: "GET", path: "/de-an/123", headers: { accept: "text/html" } });
    expect(page?.status).toBe(200);
    expect(page?.body).toBe(INDEX);
    // A client that does not take HTML (a script asking for JSON) is told there is nothing there.
    expect(
      (await send({ method: "GET", path: "/de-an/123", headers: { accept: "application/json" } }))?.status,
    ).toBe(404);
    const post = await send({ method: "POST", path: "/de-an/123", body: Buffer.from("x") });
    expect(post?.status).toBe(405);
    expect(post?.headers.allow).toBe("GET, HEAD");
    expect(JSON.parse(post?.body ?? "{}").error.code).toBe("METHOD_NOT_ALLOWED");
  });

  it("answers malformed HTTP on the socket: 400, unknown method 405, huge headers 431, CONNECT 405", async () => {
    const cases: Array<[string, number]> = [
      ["GARBAGE\r\n\r\n", 400],
      ["GET / FOO/1.1\r\nHost: x\r\n\r\n", 400],
      ["GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", 400],
      ["GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400],
      ["POST /graphql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400],
      ["GET / HTTP/1.1\r\nHost: x\r\nX: a\u0000b\r\n\r\n", 400],
      ["GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n", 400],
      ["BREW /coffee HTTP/1.1\r\nHost: x\r\n\r\n", 405],
      [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`, 431],
      ["CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405],
    ];
    for (const [raw, status] of cases) {
      const answer = await sendRaw(Buffer.from(raw, "latin1"));
      expect(answer.status, JSON.stringify(raw.slice(0, 80))).toBe(status);
      expect(answer.text).toMatch(/content-security-policy: default-src 'self'/i);
      expect(answer.text).toMatch(/"code":"(BAD_REQUEST|METHOD_NOT_ALLOWED)"/);
    }
    await expectHealthy();
  });

  it("survives bodies cut off mid-stream on every route that reads one", async () => {
    for (const target of ["/graphql", `/projects/${UUID}/documents?kind=INVOICE&fileName=a.pdf`, "/de-an"]) {
      const answer = await send({
        method: "POST",
        path: target,
        headers: {
          "content-type": "application/json",
          "content-length": "100000",
          authorization: `Bearer ${t.adminToken}`,
        },
        body: Buffer.alloc(50_000, 120),
        abortAfter: 10_000,
      });
      if (answer) expect(answer.status, target).toBeLessThan(500);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expectHealthy();
  });

  it("answers a genuine bug 500 without internals, logs it, and keeps serving", async () => {
    const { createServer } = await import("node:http");
    const logs: LogLine[] = [];
    const log = {
      error: (message: string, detail?: unknown) => logs.push({ level: "error", message, detail }),
      warn: () => {},
      info: () => {},
      debug: () => {},
    };
    const securityHeaders = createSecurityHeaders({ hstsMaxAgeSeconds: null });
    const server = createServer((req, res) => {
      void serveSafely(req, res, {
        securityHeaders,
        log,
        route: (request) => {
          if (request.url === "/sync")
            throw new TypeError("Cannot read properties of undefined (secret detail)");
          return Promise.reject(new RangeError("pool state corrupt (secret detail)"));
        },
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      for (const path of ["/sync", "/async"]) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(res.status).toBe(500);
        expect(res.headers.get("x-frame-options")).toBe("DENY");
        const text = await res.text();
        expect(text).not.toContain("secret detail");
        expect(JSON.parse(text).error.code).toBe("INTERNAL_SERVER_ERROR");
      }
      expect(logs.map((line) => String((line.detail as Error).message))).toEqual([
        "Cannot read properties of undefined (secret detail)",
        "pool state corrupt (secret detail)",
      ]);
    } finally {
      server.close();
    }
  });

  it("property: random paths, methods, headers and bodies through an HTTP client never get a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        method,
        path,
        query,
        fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
        body,
        async (m, p, q, headerList, payload) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of headerList) headers[name.toLowerCase()] = value;
          const what = `${m} ${p.slice(0, 100)}… (${p.length}) ${q} ${JSON.stringify(headers).slice(0, 300)}`;
          // Framed explicitly: Node's client sends the body of a DELETE or OPTIONS without a length,
          // which the server rightly reads as the start of a malformed second request.
          const sent = m === "GET" || m === "HEAD" ? undefined : payload;
          if (sent) headers["content-length"] = String(sent.length);
          const answer = await send({
            method: m,
            path: `${p}${q}`,
            headers,
            body: sent,
          });
          expect(answer, what).not.toBeNull();
          expectNamedAnswer(answer as Answer, what);
          await expectHealthy();
        },
      ),
      { numRuns: 300 },
    );
    expect(appLogs.filter((line) => line.level === "error")).toEqual([]);
  });

  it("property: raw request lines, headers and bodies no client would send never get a 5xx", async () => {
    const anyBytes = (maxLength: number) =>
      fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength });
    const rawMethod = fc.oneof(
      fc.constantFrom("GET", "POST", "HEAD", "PUT", "OPTIONS", "CONNECT", "PRI", "get", "G ET", ""),
      fc.stringMatching(/^[A-Z]{1,12}$/),
      anyBytes(8),
    );
    const rawTarget = fc.oneof(
      path,
      fc.constantFrom("*", "http://x/graphql", "//graphql", "/graphql?", "example.com:443", "/\\..\\", ""),
      anyBytes(40),
    );
    const version = fc.constantFrom(
      "HTTP/1.1",
      "HTTP/1.0",
      "HTTP/2.0",
      "HTTP/9.9",
      "HTTP/1.1x",
      "",
      "http/1.1",
    );
    const rawHeader = fc.oneof(
      fc.constantFrom(
        "Host: x",
        "Content-Length: 5",
        "Content-Length: -1",
        "Content-Length: 99999999999999999999",
        "Transfer-Encoding: chunked",
        "Transfer-Encoding: gzip, chunked",
        "Content-Type: application/json",
        "Accept-Encoding: br",
        " folded: continuation",
        "Upgrade: websocket",
        "Connection: Upgrade",
        "Expect: 100-continue",
        "Authorization: Bearer \u00ff",
      ),
      fc.tuple(anyBytes(20), anyBytes(60)).map(([name, value]) => `${name}: ${value}`),
    );
    await fc.assert(
      fc.asyncProperty(
        rawMethod,
        rawTarget,
        version,
        fc.array(rawHeader, { maxLength: 6 }),
        fc.boolean(),
        anyBytes(300),
        async (m, target, v, headerLines, withHost, payload) => {
          const lines = [`${m} ${target} ${v}`, ...(withHost ? ["Host: 127.0.0.1"] : []), ...headerLines];
          const raw = Buffer.from(`${lines.join("\r\n")}\r\n\r\n${payload}`, "latin1");
          const answer = await sendRaw(raw);
          if (answer.status !== null) {
            expect(answer.status, JSON.stringify(raw.toString("latin1").slice(0, 400))).toBeLessThan(500);
          }
          await expectHealthy();
        },
      ),
      { numRuns: 300 },
    );
    expect(appLogs.filter((line) => line.level === "error")).toEqual([]);
  });
});
