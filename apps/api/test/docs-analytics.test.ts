import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANALYTICS_EXAMPLES } from "../src/analytics/examples.js";
import { buildProject, createActors, createFacilities } from "./analytics-data.js";
import { ANALYTICS_DOC, shellBlocks } from "./doc-blocks.js";
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from "./harness.js";

/*
 * docs/analytics.md promises that its queries run as written. This seeds a few đề án through GraphQL, then
 * runs every ```sh block of that page, in order, as one bash script, as an analyst would paste them.
 */
const DOC = ANALYTICS_DOC;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  const actors = await createActors(t);
  const facilities = await createFacilities(t, actors, ["xa-an-hung", "xa-an-hung", "xa-an-hung"]);
  await buildProject(t, actors, facilities, {
    year: 2026,
    fund: "CITY_BUDGET",
    commune: "xa-an-hung",
    state: "CLOSED",
    beneficiaries: ["household"],
    support: 300_000_000,
    management: true,
  });
  await buildProject(t, actors, facilities, {
    year: 2026,
    fund: "NATIONAL_FUND",
    commune: "xa-an-hung",
    state: "ADVANCED",
    beneficiaries: ["womenCoop", "micro"],
    support: 200_000_000,
  });
}, 120_000);
afterAll(() => t?.close());

describe("docs/analytics.md", () => {
  it("has every GraphiQL example, word for word", () => {
    const doc = readFileSync(DOC, "utf8");
    for (const example of ANALYTICS_EXAMPLES) expect(doc, example.title).toContain(example.query);
    expect(ANALYTICS_EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it("runs as written: a token is created, every question answered, the token refused a change and revoked", async () => {
    const blocks = shellBlocks(readFileSync(DOC, "utf8"));
    expect(blocks.length).toBeGreaterThanOrEqual(12);
    const script = `set -euo pipefail\n${blocks.join("\n")}`;
    const run = await runBash(script, { API: t.url, ADMIN_EMAIL, ADMIN_PASSWORD });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    expect(run.stdout).toContain("token starts with kc_");
    // Real figures, not empty answers: the closed đề án's settlement and a women-owned cooperative.
    expect(run.stdout).toMatch(/"finalSupport": [1-9]/);
    expect(run.stdout).toMatch(/"womenOwned": true/);
    expect(run.stdout).toMatch(/"size": "MICRO"/);
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
