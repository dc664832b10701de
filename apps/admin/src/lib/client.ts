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

/**
 * The server's messages per input field (`extensions.fieldErrors`, or `extensions.field` with the
 * message), for a form to show them under its fields. Empty when the error names no field.
 */
export function fieldErrors(
  error: { graphQLErrors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const list = e.extensions?.fieldErrors;
    if (Array.isArray(list)) {
      for (const fe of list as { field?: unknown; message?: unknown }[]) {
        if (typeof fe.field === "string" && typeof fe.message === "string" && !(fe.field in out))
          out[fe.field] = fe.message;
      }
    } else if (typeof e.extensions?.field === "string" && !(e.extensions.field in out)) {
      out[e.extensions.field] = e.message;
    }
  }
  return out;
}
