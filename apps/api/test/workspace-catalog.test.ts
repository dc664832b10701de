import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * Every external dependency's version is stated once, in pnpm-workspace.yaml's catalog (issue 12 §7): a
 * package.json names it `catalog:` (or `catalog:<name>`), a workspace package `workspace:*`. A version
 * written into a package.json would drift from the others unseen; this fails on it.
 */

const ROOT = resolve(fileURLToPath(import.meta.url), "../../../..");
const SECTIONS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

/** The catalogs of pnpm-workspace.yaml: "" for the default one. Reads only the two blocks' plain lines. */
function catalogs(yaml: string): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  let block: "catalog" | "catalogs" | null = null;
  let named: string | null = null;
  for (const line of yaml.split("\n")) {
    if (/^\S/.test(line)) {
      block = line.startsWith("catalog:") ? "catalog" : line.startsWith("catalogs:") ? "catalogs" : null;
      named = null;
      continue;
    }
    const entry = /^(\s+)(?:"([^"]+)"|'([^']+)'|([^\s#:'"][^\s:]*)):\s*(\S*)/.exec(line);
    if (!block || !entry) continue;
    const name = (entry[2] ?? entry[3] ?? entry[4]) as string;
    if (block === "catalogs" && (entry[1] as string).length === 2 && entry[5] === "") {
      named = name;
      continue;
    }
    const key = block === "catalog" ? "" : named;
    if (key === null) continue;
    if (!result.has(key)) result.set(key, new Set());
    result.get(key)?.add(name);
  }
  return result;
}

function packageJsonFiles(): string[] {
  const found = [join(ROOT, "package.json")];
  for (const group of ["apps", "packages", "tooling"]) {
    const dir = join(ROOT, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, "package.json");
      if (existsSync(file)) found.push(file);
    }
  }
  return found;
}

describe("pnpm catalog", () => {
  const listed = catalogs(readFileSync(join(ROOT, "pnpm-workspace.yaml"), "utf8"));

  it("reads the catalogs of pnpm-workspace.yaml", () => {
    expect(listed.get("")?.has("typescript")).toBe(true);
    expect(
      catalogs(
        'catalog:\n  "@a/b": 1.0.0\n  c: 2.0.0\ncatalogs:\n  old:\n    c: 1.0.0\nallowBuilds:\n  d: true\n',
      ),
    ).toEqual(
      new Map([
        ["", new Set(["@a/b", "c"])],
        ["old", new Set(["c"])],
      ]),
    );
  });

  it("every dependency of every package takes its version from the catalog", () => {
    const problems: string[] = [];
    for (const file of packageJsonFiles()) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as Partial<
        Record<(typeof SECTIONS)[number], Record<string, string>>
      >;
      const where = file.slice(ROOT.length + 1);
      for (const section of SECTIONS) {
        for (const [name, spec] of Object.entries(pkg[section] ?? {})) {
          if (spec.startsWith("workspace:")) continue;
          const catalog = /^catalog:(.*)$/.exec(spec);
          if (!catalog) problems.push(`${where} ${section}.${name}: "${spec}" (write "catalog:")`);
          else if (!listed.get(catalog[1] === "default" ? "" : (catalog[1] as string))?.has(name)) {
            problems.push(`${where} ${section}.${name}: "${spec}" is not in pnpm-workspace.yaml`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
