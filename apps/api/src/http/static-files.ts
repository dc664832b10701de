import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

/**
 * Serves the built admin app from `root` on the same port as the API, so a programme manager opens one
 * address. Paths without an extension are the app's own routes and get `index.html`; hashed assets are
 * cached for a year. Returns false when the request is not for the app (another method, no build).
 */
export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string | null,
  path: string,
): boolean {
  if (!root || (req.method !== "GET" && req.method !== "HEAD")) return false;
  const index = join(root, "index.html");
  if (!existsSync(index)) return false;
  const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, "");
  const candidate = join(root, relative);
  // Never outside the build folder, whatever the path says.
  if (candidate !== root && !candidate.startsWith(root + sep)) return false;
  const isFile = extname(candidate) !== "" && existsSync(candidate) && statSync(candidate).isFile();
  if (extname(candidate) !== "" && !isFile) return false;
  const file = isFile ? candidate : index;
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": statSync(file).size,
    "cache-control": file === index ? "no-cache" : "public, max-age=31536000, immutable",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
  return true;
}
