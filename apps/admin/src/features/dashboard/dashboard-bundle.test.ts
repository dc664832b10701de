import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { measure, staticClosure } from "../../../scripts/bundle-size.mjs";

const manifest = {
  "index.html": {
    file: "assets/index.js",
    imports: ["_shared.js"],
    dynamicImports: [
      "src/features/dashboard/pages/DashboardPage.tsx",
      "src/features/projects/pages/ProjectsPage.tsx",
    ],
    css: ["assets/index.css"],
  },
  "_shared.js": { file: "assets/shared.js" },
  "src/features/dashboard/pages/DashboardPage.tsx": {
    file: "assets/DashboardPage.js",
    imports: ["_shared.js", "_charts.js"],
    css: ["assets/DashboardPage.css"],
  },
  "_charts.js": { file: "assets/charts.js" },
  "src/features/projects/pages/ProjectsPage.tsx": { file: "assets/ProjectsPage.js", imports: ["_big.js"] },
  "_big.js": { file: "assets/big.js" },
};

describe("bundle-size", () => {
  it("follows static imports of the entry and the dashboard, not the screens loaded later", () => {
    expect(
      staticClosure(manifest, ["index.html", "src/features/dashboard/pages/DashboardPage.tsx"]).sort(),
    ).toEqual(["_charts.js", "_shared.js", "index.html", "src/features/dashboard/pages/DashboardPage.tsx"]);
  });

  it("counts each file once, gzipped, JS apart from CSS", () => {
    const dist = mkdtempSync(join(tmpdir(), "bundle-size-"));
    mkdirSync(join(dist, "assets"));
    for (const [, chunk] of Object.entries(manifest)) {
      writeFileSync(join(dist, chunk.file), `console.log(${JSON.stringify(chunk.file.repeat(50))});`);
      for (const css of (chunk as { css?: string[] }).css ?? [])
        writeFileSync(join(dist, css), "a{color:red}");
    }
    const m = measure(dist, manifest);
    expect(m.files.map((f: { file: string }) => f.file).sort()).toEqual([
      "assets/DashboardPage.js",
      "assets/charts.js",
      "assets/index.js",
      "assets/shared.js",
    ]);
    expect(m.cssFiles).toHaveLength(2);
    // Gzip shrinks the repeated text well below its raw size.
    expect(m.jsBytes).toBeGreaterThan(0);
    expect(m.jsBytes).toBeLessThan(4 * 60 * 50);
  });

  it("names a chunk missing from the manifest", () => {
    expect(() => staticClosure(manifest, ["src/features/nope/pages/Nope.tsx"])).toThrow(
      /not in the manifest/,
    );
  });
});
