import { Client, cacheExchange, fetchExchange } from "urql";
import { session } from "./session";

/**
 * One urql client. POST only: Apollo's CSRF guard refuses simple GET requests (stack-notes §9.5), and the
 * Bearer header is the only credential, so no cookie can be abused by another site.
 */
export function createClient(): Client {
  return new Client({
    url: "/graphql",
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: (): RequestInit => {
      const token = session.token();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}

/** The Vietnamese message of the first error, as the API wrote it, or a generic one. */
export function errorMessage(
  error: { graphQLErrors?: { message: string }[]; networkError?: Error } | undefined,
): string | null {
  if (!error) return null;
  if (error.graphQLErrors?.length) return error.graphQLErrors.map((e) => e.message).join(" ");
  return "Không kết nối được máy chủ. Vui lòng thử lại.";
}

/** The stable code of the first error (`extensions.code`). */
export function errorCode(
  error: { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | undefined,
): string | null {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === "string" ? code : null;
}

interface ErrorLike {
  graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The server's messages keyed by the form field they concern (`extensions.field`, or each of
 * `extensions.fieldErrors`), so the form shows "Email này đã được dùng…" under the email. Argument paths
 * such as `input.email` or `newPassword` are mapped to the form's field names. Messages for no field, or
 * for a field not in `shown` (the fields the form has), are left for an alert.
 */
export function serverFieldErrors(
  error: ErrorLike | null | undefined,
  fields: Readonly<Record<string, string>> = {},
  shown?: readonly string[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const e of error?.graphQLErrors ?? []) {
    const ext = e.extensions ?? {};
    const listed = Array.isArray(ext.fieldErrors)
      ? (ext.fieldErrors as { field?: unknown; message?: unknown }[])
      : typeof ext.field === "string"
        ? [{ field: ext.field, message: e.message }]
        : [];
    let placed = false;
    for (const fe of listed) {
      if (typeof fe.field !== "string" || typeof fe.message !== "string") continue;
      const name = fe.field.split(".").pop() ?? fe.field;
      const field = fields[name] ?? name;
      if (shown && !shown.includes(field)) continue;
      byField[field] ??= fe.message;
      placed = true;
    }
    if (!placed) other.push(e.message);
  }
  return { byField, other };
}
