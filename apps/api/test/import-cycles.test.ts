import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * The import structure of the API and the domain (issue 12 §5), read with the TypeScript compiler's parser
 * (no other tool: the compiler is already here). Every static import and re-export counts, `import type`
 * included: a type-only cycle still means two modules that can only be understood together, and the
 * context.ts → loaders.ts → services → context.ts cycle this replaces ran through type imports too.
 */

const here = dirname(fileURLToPath(import.meta.url));
const API_SRC = resolve(here, "../src");
const DOMAIN_SRC = resolve(here, "../../../packages/domain/src");

interface ImportEdge {
  /** The specifier as written, e.g. "../context.js" or "@khuyencong/domain". */
  specifier: string;
  /** The file a relative specifier resolves to; null for a package or a path that leaves the files read. */
  target: string | null;
}

/** Every .ts file under `root`, test files included (a test importing its subject's importer is a cycle too). */
function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The static imports and re-exports of one file, relative ones resolved the way NodeNext does (.js → .ts). */
function importsOf(file: string, source = readFileSync(file, "utf8")): ImportEdge[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false);
  const edges: ImportEdge[] = [];
  for (const statement of sf.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    if (specifier === null) continue;
    let target: string | null = null;
    if (specifier.startsWith(".")) {
      const base = resolve(dirname(file), specifier).replace(/\.js$/, "");
      target = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((f) => existsSync(f)) ?? null;
    }
    edges.push({ specifier, target });
  }
  return edges;
}

type Graph = ReadonlyMap<string, readonly string[]>;

function graphOf(root: string): Graph {
  return new Map(
    sourceFiles(root).map((file) => [
      file,
      importsOf(file)
        .map((e) => e.target)
        .filter((t): t is string => t !== null),
    ]),
  );
}

/**
 * One cycle through each strongly connected component of more than one file (Tarjan's algorithm), as the
 * list of files from the first back to it; a file importing itself is a cycle too.
 */
function findCycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components.map((component) => cycleWithin(graph, new Set(component)));
}

/** A shortest path from the component's first file back to itself, staying inside the component. */
function cycleWithin(graph: Graph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = cameFrom.get(at) as string) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

const shown = (root: string) => (cycle: string[]) =>
  cycle.map((f) => relative(root, f).split(sep).join("/")).join(" → ");

/** Files of `root` whose relative imports break `rule`, as "file → import" lines. */
function offending(root: string, rule: (from: string, edge: ImportEdge) => boolean): string[] {
  const rel = (f: string) => relative(root, f).split(sep).join("/");
  return sourceFiles(root).flatMap((file) =>
    importsOf(file)
      .filter((edge) => rule(rel(file), edge))
      .map((edge) => `${rel(file)} → ${edge.specifier}`),
  );
}

describe("import structure", () => {
  it("finds a cycle when there is one, so that the checks below can fail", () => {
    const a = "/x/a.ts";
    const b = "/x/b.ts";
    const c = "/x/c.ts";
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ),
    ).toEqual([[a, b, c, a]]);
    expect(findCycles(new Map([[a, [a]]]))).toEqual([[a, a]]);
    const typeOnly = importsOf(
      "/x/a.ts",
      'import type { Ctx } from "./context.js";\nexport { x } from "./b.js";\nimport "./c.js";',
    );
    expect(typeOnly.map((e) => e.specifier)).toEqual(["./context.js", "./b.js", "./c.js"]);
  });

  it("the API has no import cycle (context.ts → loaders.ts → feature loaders never lead back)", () => {
    expect(findCycles(graphOf(API_SRC)).map(shown(API_SRC))).toEqual([]);
  });

  it("the domain has no import cycle", () => {
    expect(findCycles(graphOf(DOMAIN_SRC)).map(shown(DOMAIN_SRC))).toEqual([]);
  });

  it("the domain imports nothing from the apps nor from outside its own source", () => {
    const outside = offending(DOMAIN_SRC, (_from, { specifier, target }) =>
      specifier.startsWith(".")
        ? target === null || !target.startsWith(DOMAIN_SRC + sep)
        : /^@khuyencong\/(api|admin)(\/|$)/.test(specifier),
    );
    expect(outside).toEqual([]);
  });

  it("a loader or an EntityManager-only query imports no service and not the request context", () => {
    const layered = /(^|\/)loaders\.ts$|\.loaders\.ts$|\.queries\.ts$/;
    const upward = /(^|\/)context\.js$|\.service\.js$|\.resolver\.js$/;
    expect(offending(API_SRC, (from, { specifier }) => layered.test(from) && upward.test(specifier))).toEqual(
      [],
    );
  });

  it("money depends on projects, never the other way round; lifecycle/ sits above both", () => {
    const fromProjects = offending(
      API_SRC,
      (from, { target }) =>
        from.startsWith("projects/") &&
        target !== null &&
        /^(money|lifecycle)\//.test(relative(API_SRC, target).split(sep).join("/")),
    );
    const intoLifecycle = offending(
      API_SRC,
      (from, { target }) =>
        /^(money|projects)\//.test(from) &&
        target !== null &&
        relative(API_SRC, target).split(sep).join("/").startsWith("lifecycle/"),
    );
    expect([...fromProjects, ...intoLifecycle]).toEqual([]);
  });
});
