/**
 * The JavaScript a user downloads to sign in and open the dashboard, measured on the built app: the entry
 * (index.html) and its static imports, plus the DashboardPage chunk and its static imports, each file once.
 * Sizes are gzip level 9 (what nginx `gzip_comp_level 9` or a precompressing server sends; the default
 * level 6 is a few hundred bytes larger). Fails above the budget so that a heavy import is noticed in CI.
 *
 *   node scripts/bundle-size.mjs [distDir]   (default: dist, or $ADMIN_DIST)
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

export const BUDGET_KB = 300;
export const GZIP_LEVEL = 9;
const ENTRY = "index.html";
const DASHBOARD = "src/screens/DashboardPage.tsx";

/** Manifest keys reached from `roots` by static imports (dynamic imports are loaded later, on demand). */
export function staticClosure(manifest, roots) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest: was the app built with build.manifest on?`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/** Gzipped bytes of each JS file and each CSS file the chunks load, every file counted once. */
export function measure(dist, manifest, roots = [ENTRY, DASHBOARD]) {
  const keys = staticClosure(manifest, roots);
  const js = new Set(keys.map((k) => manifest[k].file).filter((f) => f.endsWith(".js")));
  const css = new Set(keys.flatMap((k) => manifest[k].css ?? []));
  const gz = (file) =>
    gzipSync(readFileSync(join(dist, file)), { level: GZIP_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY })
      .length;
  const files = [...js].map((file) => ({ file, bytes: gz(file) })).sort((a, b) => b.bytes - a.bytes);
  const cssFiles = [...css].map((file) => ({ file, bytes: gz(file) }));
  const sum = (list) => list.reduce((s, f) => s + f.bytes, 0);
  return { files, cssFiles, jsBytes: sum(files), cssBytes: sum(cssFiles) };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

function main() {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const dist = resolve(process.argv[2] ?? process.env.ADMIN_DIST ?? join(here, "..", "dist"));
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  const { files, cssFiles, jsBytes, cssBytes } = measure(dist, manifest);
  for (const f of files) console.log(`  ${kB(f.bytes).padStart(7)} kB  ${f.file}`);
  for (const f of cssFiles) console.log(`  ${kB(f.bytes).padStart(7)} kB  ${f.file}`);
  console.log(
    `login + dashboard: ${kB(jsBytes)} kB gzipped JS (+ ${kB(cssBytes)} kB CSS), gzip level ${GZIP_LEVEL}; budget ${BUDGET_KB} kB`,
  );
  if (jsBytes > BUDGET_KB * 1000) {
    console.error(`Over budget by ${kB(jsBytes - BUDGET_KB * 1000)} kB: load the heavy part lazily.`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
