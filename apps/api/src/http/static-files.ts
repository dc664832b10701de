import { createReadStream, type Stats, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { pipeline } from "node:stream";
import { AppError } from "../errors.js";
import { type Logger, silentLogger } from "../log.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * First path segments that belong to the API (or to tools that probe servers), never to the admin app:
 * an unknown address under them answers 404 instead of the app's page, so that a client or a scanner
 * asking for `/api/…`, `/metrics` or `/graphql/x` is told the truth. The admin app's own routes are
 * Vietnamese words (`/de-an`, `/co-so`, …) and must not start with one of these.
 */
const API_SEGMENTS = new Set([
  "api",
  "graphql",
  "graphiql",
  "health",
  "reports",
  "documents",
  "projects",
  "metrics",
  ".well-known",
]);

/** Precompressed variants written by the admin build beside each file (apps/admin/vite.config.ts). */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/** Hashed by Vite, so a file's content never changes under its name: cached for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built admin app from `root` on the same port as the API, so a programme manager opens one
 * address. Returns false when the request is not for the app, and the caller answers 404 (405 for
 * another method on the app's page): no build, a method other than GET/HEAD, a path with an extension
 * that is not a built file, an address under an API segment, or a client that does not accept HTML.
 *
 * - A path without an extension is one of the app's own routes and gets `index.html`, read from disk
 *   each time with `cache-control: no-cache`, so a new build is seen at the next load.
 * - Files under `/assets/` (hashed) are cached for a year; other files are revalidated (`no-cache`).
 * - The brotli or gzip variant is sent when the client accepts it (`br` preferred on a tie, `q=0`
 *   honoured), with `Content-Encoding`, its own length and `Vary: Accept-Encoding`.
 * - A path that does not decode (`%E0%A4%A`) is BAD_REQUEST, thrown for the caller's error boundary.
 */
export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string | null,
  path: string,
  log: Logger = silentLogger,
): boolean {
  if (!root || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const file = resolveAppFile(root, path, req.headers.accept);
  if (!file) return false;

  const type = TYPES[extname(file.path)] ?? "application/octet-stream";
  const isIndex = file.path === join(root, "index.html");
  const variant = chooseEncoding(file.path, req.headers["accept-encoding"]);
  const headers: Record<string, string | number> = {
    "content-type": type,
    "content-length": variant ? variant.size : file.size,
    "cache-control": !isIndex && file.path.startsWith(join(root, "assets") + sep) ? IMMUTABLE : "no-cache",
  };
  if (variant?.available) headers.vary = "Accept-Encoding";
  if (variant?.encoding) headers["content-encoding"] = variant.encoding;
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  pipeline(createReadStream(variant?.encoding ? variant.path : file.path), res, (error) => {
    // The file vanished mid-read (a rebuild), or the client left: the response is cut, the process lives.
    if (error && !res.destroyed) log.warn(`Could not send ${file.path}`, error);
    else if (error) log.debug(`Sending ${file.path} stopped: the client left`, error);
  });
  return true;
}

/**
 * Whether the admin app has something at `path` for a GET (a built file or one of its pages), whatever
 * the request's method: another method there is answered 405 rather than 404.
 */
export function isAppPage(req: IncomingMessage, root: string, path: string): boolean {
  return resolveAppFile(root, path, req.headers.accept) !== null;
}

/** The file of the build that answers `path`, or null when the app has nothing there. */
function resolveAppFile(
  root: string,
  path: string,
  accept: string | undefined,
): { path: string; size: number } | null {
  const index = join(root, "index.html");
  const indexStats = fileStats(index);
  if (!indexStats) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new AppError("BAD_REQUEST", "Địa chỉ yêu cầu chứa mã hoá phần trăm (%) không hợp lệ.");
  }
  if (decoded.includes("\0")) {
    throw new AppError("BAD_REQUEST", "Địa chỉ yêu cầu chứa ký tự điều khiển không được phép.");
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, "");
  const candidate = join(root, relative);
  // Never outside the build folder, whatever the path says.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  if (extname(candidate) !== "") {
    const stats = fileStats(candidate);
    return stats ? { path: candidate, size: stats.size } : null;
  }
  const first = relative.split(/[/\\]/)[0] ?? "";
  if (API_SEGMENTS.has(first.toLowerCase())) return null;
  if (!acceptsHtml(accept)) return null;
  return { path: index, size: indexStats.size };
}

function fileStats(path: string): Stats | null {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stats : null;
  } catch {
    // ENAMETOOLONG, ENOTDIR, EACCES…: nothing servable there.
    return null;
  }
}

/** No Accept header means anything (RFC 9110 §12.5.1); otherwise HTML or a wildcard must be listed. */
function acceptsHtml(accept: string | undefined): boolean {
  if (accept === undefined || accept.trim() === "") return true;
  return parseQualities(accept).some(
    ({ token, q }) => q > 0 && (token === "text/html" || token === "*/*" || token === "text/*"),
  );
}

/**
 * The precompressed variant to send: `{ encoding: undefined }` for the file itself. `available` says
 * whether the file has variants at all, i.e. whether the answer depends on Accept-Encoding.
 */
function chooseEncoding(
  file: string,
  acceptEncoding: string | undefined,
): { encoding?: string; path: string; size: number; available: boolean } | null {
  const variants = ENCODINGS.flatMap(({ name, suffix }) => {
    const stats = fileStats(file + suffix);
    return stats ? [{ name, path: file + suffix, size: stats.size }] : [];
  });
  if (variants.length === 0) return null;
  const accepted = parseQualities(acceptEncoding ?? "");
  const quality = (name: string) =>
    accepted.find((entry) => entry.token === name)?.q ??
    accepted.find((entry) => entry.token === "*")?.q ??
    0;
  let best: (typeof variants)[number] | undefined;
  for (const variant of variants) {
    // ENCODINGS lists br first, so on equal quality br is kept.
    if (quality(variant.name) > 0 && (!best || quality(variant.name) > quality(best.name))) best = variant;
  }
  const own = fileStats(file);
  return best
    ? { encoding: best.name, path: best.path, size: best.size, available: true }
    : { path: file, size: own?.size ?? 0, available: true };
}

/** `a;q=0.5, b` → [{token:"a",q:0.5},{token:"b",q:1}]; anything unreadable counts as q=0. */
function parseQualities(header: string): Array<{ token: string; q: number }> {
  return header
    .split(",")
    .map((part) => {
      const [token = "", ...params] = part.split(";").map((piece) => piece.trim());
      const qParam = params.find((param) => /^q=/i.test(param));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { token: token.toLowerCase(), q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    })
    .filter(({ token }) => token !== "");
}
