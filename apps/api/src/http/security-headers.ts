import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";
import type { HttpSettings } from "../config.js";

/**
 * The security headers of every response (the admin app, its assets, /graphql, /health*, downloads and
 * errors alike), set in one place before any route runs. helmet's header set, configured:
 *
 * - Content-Security-Policy: the admin app loads only its own files and talks only to its own origin.
 *   `style-src 'unsafe-inline'` because Mantine writes its theme (CSS variables) into <style> elements at
 *   run time, whose content no hash or nonce of a static index.html can cover (docs/decisions.md).
 *   Scripts stay 'self' only: no inline script, no eval. No `upgrade-insecure-requests`: the app is also
 *   opened over plain HTTP on an office network, where upgrading would break every request.
 * - X-Frame-Options DENY and frame-ancestors 'none': no page may frame the app (clickjacking).
 * - X-Content-Type-Options nosniff; Referrer-Policy no-referrer (the app's addresses carry ids of đề án
 *   and cơ sở, which no other site needs to see); Cross-Origin-Opener/Resource-Policy same-origin.
 * - Strict-Transport-Security only when `HSTS_MAX_AGE` is set, i.e. when users reach the app over TLS:
 *   sent over plain HTTP it would be ignored at best, and lock users out of a LAN address at worst.
 *
 * A route may still set its own, stricter or looser, policy with `writeHead`, which wins over these:
 * GraphiQL (inline styles of its bundle) and the evidence documents (`default-src 'none'; sandbox`).
 */
export const CONTENT_SECURITY_POLICY = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "connect-src": ["'self'"],
  "frame-ancestors": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "object-src": ["'none'"],
} as const;

export type SecurityHeaders = (req: IncomingMessage, res: ServerResponse) => void;

export function createSecurityHeaders(http: Pick<HttpSettings, "hstsMaxAgeSeconds">): SecurityHeaders {
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity:
      http.hstsMaxAgeSeconds !== null && http.hstsMaxAgeSeconds > 0
        ? { maxAge: http.hstsMaxAgeSeconds, includeSubDomains: false }
        : false,
    xFrameOptions: { action: "deny" },
    xContentTypeOptions: true,
    xDnsPrefetchControl: { allow: false },
    xPermittedCrossDomainPolicies: { permittedPolicies: "none" },
    xXssProtection: true,
  });
  return (req, res) => {
    // helmet's middleware only calls setHeader and then `next` synchronously; an error would be a bug
    // of the policy above, which the caller's error boundary answers as such.
    let failure: unknown;
    middleware(req, res, (error?: unknown) => {
      failure = error;
    });
    if (failure) throw failure;
  };
}

/**
 * The same headers as raw lines, for the answers written straight to a socket (a request Node could
 * not even parse, see `server.on("clientError")`), where there is no ServerResponse to set them on.
 */
export function rawSecurityHeaderLines(http: Pick<HttpSettings, "hstsMaxAgeSeconds">): string {
  const headers = new Map<string, string>();
  const fake = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(", ") : String(value));
    },
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  } as unknown as ServerResponse;
  createSecurityHeaders(http)({} as IncomingMessage, fake);
  return [...headers].map(([name, value]) => `${name}: ${value}\r\n`).join("");
}
