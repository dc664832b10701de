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
