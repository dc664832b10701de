import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * docs/architecture.md and the README's "Where things live" name the files where a rule, a permission, a
 * write, a scope and a loader live. A file moved or renamed makes that page wrong without anyone noticing:
 * every path written in backticks must exist (placeholders such as `<feature>` and globs are skipped).
 */

const API = resolve(fileURLToPath(import.meta.url), "../..");
const ROOT = resolve(API, "../..");

/** Backticked paths of a Markdown text, with the folder each is relative to. */
function pathsIn(markdown: string, relativeTo: (path: string) => string | null): string[] {
  const found: string[] = [];
  for (const [, span] of markdown.matchAll(/`([^`\s]+)`/g)) {
    const path = (span as string).replace(/[.,;:]$/, "");
    if (!path.includes("/") || /[<>{}*|]/.test(path)) continue;
    const base = relativeTo(path);
    if (base !== null) found.push(join(base, path));
  }
  return found;
}

const fromRoot = (path: string) => (/^(apps|packages|tooling|docs)\//.test(path) ? ROOT : null);

describe("the architecture pages name files that exist", () => {
  it("docs/architecture.md", () => {
    const paths = pathsIn(readFileSync(join(ROOT, "docs/architecture.md"), "utf8"), fromRoot);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(p)).map((p) => p.slice(ROOT.length + 1))).toEqual([]);
  });

  it("apps/api/README.md, where things live", () => {
    const readme = readFileSync(join(API, "README.md"), "utf8");
    const start = readme.indexOf("## Where things live");
    expect(start).toBeGreaterThan(-1);
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    const paths = pathsIn(section, (path) => fromRoot(path) ?? (/^(src|test)\//.test(path) ? API : null));
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((p) => !existsSync(p)).map((p) => p.slice(ROOT.length + 1))).toEqual([]);
  });
});
