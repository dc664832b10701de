/** What the component tests share: fake GraphQL servers and the providers every screen expects. */
import { MantineProvider } from "@mantine/core";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { Client, fetchExchange, Provider } from "urql";
import { vi } from "vitest";
import { LangProvider } from "./lib/i18n";

export interface Sent {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A client whose server answers each operation by name with `answers[name]`; requests are kept. */
export function fakeServer(answers: Record<string, object>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Omit<Sent, "operationName"> & { operationName?: string };
    const name = body.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? "";
    sent.push({ ...body, operationName: name });
    const answer = answers[name] ?? { data: null, errors: [{ message: `no answer for ${name}` }] };
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  });
  return {
    client: new Client({
      url: "http://api.test/graphql",
      exchanges: [fetchExchange],
      fetch,
      preferGetMethod: false,
    }),
    sent,
  };
}

/**
 * A client whose server answers each request with the next of `answers`, whatever its operation; the
 * requests are kept.
 */
export function sequentialServer(answers: object[]) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify(answers.shift() ?? { data: null }), {
      headers: { "content-type": "application/json" },
    });
  });
  return { client: new Client({ url: "http://api.test/graphql", exchanges: [fetchExchange], fetch }), sent };
}

export function renderWith(client: Client, ui: ReactNode) {
  return render(
    <MantineProvider>
      <LangProvider initial="vi">
        <Provider value={client}>{ui}</Provider>
      </LangProvider>
    </MantineProvider>,
  );
}
