import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from "./harness.js";

/*
 * docs/api.md promises that its requests work as written. This runs every ```sh block of that page, in
 * order, as one bash script against a fresh server, the way a new user would paste them.
 */
const DOC = fileURLToPath(new URL("../../../docs/api.md", import.meta.url));

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t?.close());

describe("docs/api.md", () => {
  it("runs as written, from sign-in to a closed đề án", async () => {
    const blocks = [...readFileSync(DOC, "utf8").matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(5);
    const script = `set -euo pipefail\n${blocks.join("\n")}`;
    // Asynchronously: the server under test runs in this process and must keep answering.
    const run = await runBash(script, { API: t.url, ADMIN_EMAIL, ADMIN_PASSWORD });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stdout).toContain('"NORM_EXCEEDED"');
    expect(run.stdout).toContain('"INVALID_TRANSITION"');
    expect(run.stdout).toMatch(/"state": "CLOSED"/);
  });
});

function runBash(
  script: string,
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
