/// <reference types="vitest/config" />
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// In development the API runs beside Vite; in production the API serves the built files itself.
const api = process.env.API_URL ?? "http://127.0.0.1:4000";
const proxy = { "/graphql": api, "/projects": api, "/documents": api, "/reports": api, "/health": api };

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([".js", ".css", ".html", ".svg", ".json"]);
/** Below this, the headers of a compressed answer cost more than they save. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file of the
 * build above 1 kB, once, at build time, so that the API sends the smallest bytes without compressing
 * per request (apps/api/src/http/static-files.ts chooses by Accept-Encoding). A variant that would not
 * be smaller than the file is not written.
 */
function precompress(): Plugin {
  return {
    name: "khuyencong:precompress",
    apply: "build",
    // After the files are written (index.html included), and only when the build succeeded.
    writeBundle(options) {
      if (!options.dir) return;
      for (const file of filesUnder(options.dir)) {
        if (!COMPRESSIBLE.has(extname(file))) continue;
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        const brotli = brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        });
        const gzip = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
        if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
        if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
      }
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export default defineConfig({
  plugins: [react(), precompress()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: "dist", sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
    // Typing with user-event in happy-dom takes seconds on a loaded 2-core machine (a form test measured
    // 4.6–6 s there): vitest's 5 s default failed tests that were right, only slow.
    testTimeout: 30_000,
  },
});
