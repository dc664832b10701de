/**
 * The tests' typed documents (test/graphql/, committed) are what codegen.ts generates from schema.graphql
 * and the tests' `graphql(\`…\`)` calls today. Stale, they would type a test against yesterday's schema, or
 * send a document as `{}` because its text is not in the generated map.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen.js";

const apiDir = fileURLToPath(new URL("..", import.meta.url));

describe("test/graphql", () => {
  it("is up to date: run `pnpm --filter @khuyencong/api codegen` and commit the result", async () => {
    const outputs = await generate({ ...config, cwd: apiDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(join(apiDir, filename), "utf8");
      expect(committed, filename).toBe(content);
    }
  });
});

/**
 * Files that still send a document written as text through `t.gql`: the ones being converted by other
 * work this session, and two helpers that build a mutation's name at run time (deprecated). A new file
 * writes `graphql(\`…\`)`, or `t.gqlText` for a document that must stay text.
 */
const TEXT_DOCUMENTS_ALLOWED = new Set([
  "authorization-matrix.test.ts",
  "database-kill.test.ts",
  "fixtures.ts",
  "money-figures.property.test.ts",
]);

describe("the API tests", () => {
  it("send typed documents: no document written as text through t.gql outside the listed files", () => {
    const testDir = join(apiDir, "test");
    const offenders = readdirSync(testDir)
      .filter((name) => name.endsWith(".ts") && !TEXT_DOCUMENTS_ALLOWED.has(name))
      .filter((name) => /\.gql\(\s*[`"']/.test(readFileSync(join(testDir, name), "utf8")));
    expect(offenders).toEqual([]);
  });
});
