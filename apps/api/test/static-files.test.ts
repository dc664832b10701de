import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../src/http/static-files.js";

let root: string;
let server: Server;
let url: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "admin-dist-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(root, "assets", "app-1234.js"), "console.log(1)");
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (!serveStatic(req, res, root, path)) {
      res.writeHead(404);
      res.end("no");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("the admin app served by the API", () => {
  it("serves assets with long caching and the app's routes with index.html", async () => {
    const asset = await fetch(`${url}/assets/app-1234.js`);
    expect(asset.headers.get("content-type")).toContain("text/javascript");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    const route = await fetch(`${url}/de-an/123`);
    expect(await route.text()).toContain("<title>app</title>");
    expect(route.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers 404 for a missing asset and never reads outside the build folder", async () => {
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    // An app route, so the app's page: never the file the path points at.
    const outside = await fetch(`${url}/..%2F..%2Fetc%2Fpasswd`);
    expect(await outside.text()).toBe("<!doctype html><title>app</title>");
    expect((await fetch(`${url}/%2e%2e/%2e%2e/etc/hosts.txt`)).status).toBe(404);
  });
});
