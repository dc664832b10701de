import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** docs/analytics.md: analysts paste its ```sh blocks as they are (docs-analytics.test.ts runs them). */
export const ANALYTICS_DOC = fileURLToPath(new URL("../../../docs/analytics.md", import.meta.url));

/** The ```sh blocks of a Markdown page, in order. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/**
 * The GraphQL documents docs/analytics.md sends: the single-quoted second argument of its `gql TOKEN '…'`
 * helper, and the `"query"` of the JSON bodies it posts with `curl -d '…'`.
 */
export function analyticsDocQueries(markdown = readFileSync(ANALYTICS_DOC, "utf8")): string[] {
  const queries: string[] = [];
  for (const block of shellBlocks(markdown)) {
    for (const m of block.matchAll(/\bgql "[^"]*" '([^']*)'/g)) queries.push(m[1] as string);
    for (const m of block.matchAll(/-d '(\{"query"[^']*)'/g)) {
      queries.push((JSON.parse(m[1] as string) as { query: string }).query);
    }
  }
  return queries;
}
