/**
 * The JavaScript a user downloads to sign in and open the dashboard, measured on the built app: the entry
 * (index.html) and its static imports, plus the DashboardPage chunk and its static imports, each file once.
 *
 * Sizes are the bytes the API actually sends (apps/api/src/http/static-files.ts): the precompressed
 * variant the build wrote beside each file (vite.config.ts: `.gz` gzip level 9, `.br` brotli quality 11),
 * or the file itself when it has none (under 1 kB). Two figures, since browsers offer brotli only to a
 * trustworthy origin: brotli, what Chromium receives over HTTPS and at http://localhost (the README's
 * start command), and gzip, what it receives over plain HTTP at a network address (measured with
 * Chromium 156). The budget applies to the gzip figure, the larger one; it fails the build so that a
 * heavy import is noticed in CI.
 *
 *   node scripts/bundle-size.mjs [distDir]   (default: dist, or $ADMIN_DIST)
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BUDGET_KB = 300;
/** The file suffix of each Content-Encoding the API serves. */
export const VARIANTS = { gzip: ".gz", br: ".br", identity: "" };
const ENTRY = "index.html";
const DASHBOARD = "src/features/dashboard/pages/DashboardPage.tsx";

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

/** The bytes the API sends for `file` when the browser accepts `encoding`. */
export function servedBytes(dist, file, encoding) {
  const variant = join(dist, file + VARIANTS[encoding]);
  return statSync(existsSync(variant) ? variant : join(dist, file)).size;
}

/**
 * Bytes sent for each JS file and each CSS file the chunks load, every file counted once, for one
 * Content-Encoding (`gzip`, `br` or `identity`).
 */
export function measure(dist, manifest, roots = [ENTRY, DASHBOARD], encoding = "gzip") {
  const keys = staticClosure(manifest, roots);
  const js = new Set(keys.map((k) => manifest[k].file).filter((f) => f.endsWith(".js")));
  const css = new Set(keys.flatMap((k) => manifest[k].css ?? []));
  const sent = (file) => servedBytes(dist, file, encoding);
  const files = [...js].map((file) => ({ file, bytes: sent(file) })).sort((a, b) => b.bytes - a.bytes);
  const cssFiles = [...css].map((file) => ({ file, bytes: sent(file) }));
  const sum = (list) => list.reduce((s, f) => s + f.bytes, 0);
  return { files, cssFiles, jsBytes: sum(files), cssBytes: sum(cssFiles) };
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

function main() {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const dist = resolve(process.argv[2] ?? process.env.ADMIN_DIST ?? join(here, "..", "dist"));
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  const { files, cssFiles, jsBytes, cssBytes } = measure(dist, manifest);
  const brotli = measure(dist, manifest, undefined, "br");
  const raw = measure(dist, manifest, undefined, "identity");
  const byFile = (m) => new Map([...m.files, ...m.cssFiles].map((f) => [f.file, f.bytes]));
  const [brBytes, rawBytes] = [byFile(brotli), byFile(raw)];
  for (const f of [...files, ...cssFiles]) {
    console.log(
      `  ${kB(f.bytes).padStart(7)} kB gzip  ${kB(brBytes.get(f.file)).padStart(7)} kB br  ${kB(rawBytes.get(f.file)).padStart(7)} kB raw  ${f.file}`,
    );
  }
  if (jsBytes === raw.jsBytes) {
    console.error(
      "No precompressed variants found: was the app built with vite.config.ts's precompress plugin?",
    );
    process.exit(1);
  }
  console.log(
    `login + dashboard, as sent: ${kB(jsBytes)} kB JS (+ ${kB(cssBytes)} kB CSS) gzip (plain HTTP at a network address); ` +
      `${kB(brotli.jsBytes)} kB JS (+ ${kB(brotli.cssBytes)} kB CSS) brotli (HTTPS, localhost); ` +
      `${kB(raw.jsBytes)} kB JS uncompressed; budget ${BUDGET_KB} kB (gzip)`,
  );
  if (jsBytes > BUDGET_KB * 1000) {
    console.error(`Over budget by ${kB(jsBytes - BUDGET_KB * 1000)} kB: load the heavy part lazily.`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
