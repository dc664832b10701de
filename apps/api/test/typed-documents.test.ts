/**
 * The tests' typed documents (test/graphql/, committed) are what codegen.ts generates from schema.graphql
 * and the tests' `graphql(\`…\`)` calls today. Stale, they would type a test against yesterday's schema, or
 * send a document as `{}` because its text is not in the generated map.
 */
import { readFileSync } from "node:fs";
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
