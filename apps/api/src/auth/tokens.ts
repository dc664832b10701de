import { createHash, randomBytes } from "node:crypto";

/**
 * Personal API tokens start with this; session tokens never do (newSessionToken draws again), so the
 * prefix alone tells which table a bearer token is looked up in.
 */
export const API_TOKEN_PREFIX = "kc_";
/** Characters of an API token kept in clear (`kc_` + 6) so that its owner can recognise it in a list. */
const SHOWN_LENGTH = API_TOKEN_PREFIX.length + 6;

/** A new bearer token (256 random bits) and the hash that is stored in its place. */
export function newSessionToken(): { token: string; tokenHash: string } {
  let token = randomBytes(32).toString("base64url");
  while (isApiToken(token)) token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** A new personal API token: `kc_` + 256 random bits; only its hash and its first characters are kept. */
export function newApiToken(): { secret: string; secretHash: string; prefix: string } {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, secretHash: hashToken(secret), prefix: secret.slice(0, SHOWN_LENGTH) };
}

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
