import { AppError } from "../errors.js";

/** Longest request target (path and query) accepted; the app's own addresses are far below it. */
export const MAX_TARGET_LENGTH = 4096;

export interface RequestTarget {
  /** Normalised by the WHATWG URL parser (`/a/../b` → `/b`), still percent-encoded: what routes match. */
  path: string;
  /** The same path, percent-decoded once: what the static files are looked up by. */
  decodedPath: string;
  /** `?…` or "". */
  search: string;
  searchParams: URLSearchParams;
}

/**
 * Reads `req.url` once, for every route, and refuses what no route could serve with BAD_REQUEST (400):
 * a target that is not a path (`*`, `host:port`), longer than MAX_TARGET_LENGTH, with a malformed
 * percent-encoding (`%E0%A4%A`, `%zz`, bytes that are not UTF-8) or encoding a NUL or another control
 * character. Nothing after this point decodes the path again with a chance of throwing.
 *
 * The path is parsed against a fixed origin by concatenation rather than `new URL(target, base)`, so that
 * `//evil.example/graphql` stays a path on this server instead of becoming another host's address.
 */
export function parseRequestTarget(target: string | undefined): RequestTarget {
  const raw = target ?? "/";
  if (raw.length > MAX_TARGET_LENGTH) {
    throw new AppError("BAD_REQUEST", `Địa chỉ yêu cầu quá dài (tối đa ${MAX_TARGET_LENGTH} ký tự).`);
  }
  let url: URL;
  try {
    if (raw.startsWith("/")) url = new URL(`http://localhost${raw}`);
    else if (/^https?:\/\//i.test(raw))
      url = new URL(raw); // absolute form, as sent to a proxy
    else throw new Error("not a path");
  } catch {
    throw new AppError("BAD_REQUEST", "Địa chỉ yêu cầu không hợp lệ.");
  }
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(url.pathname);
  } catch {
    throw new AppError("BAD_REQUEST", "Địa chỉ yêu cầu chứa mã hoá phần trăm (%) không hợp lệ.");
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(decodedPath)) {
    throw new AppError("BAD_REQUEST", "Địa chỉ yêu cầu chứa ký tự điều khiển không được phép.");
  }
  return { path: url.pathname, decodedPath, search: url.search, searchParams: url.searchParams };
}
