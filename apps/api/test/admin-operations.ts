import { readFileSync } from "node:fs";

/** The admin app's GraphQL operations, as its generated client holds them (apps/admin/src/gql/gql.ts). */
export function adminOperations(): Map<string, string> {
  const source = readFileSync(new URL("../../admin/src/gql/gql.ts", import.meta.url), "utf8");
  const documents = source.slice(
    source.indexOf("const documents"),
    source.indexOf("/**", source.indexOf("const documents")),
  );
  const operations = new Map<string, string>();
  for (const m of documents.matchAll(/^\s*("(?:[^"\\]|\\.)*"): /gm)) {
    const text = JSON.parse(m[1] as string) as string;
    const name = /^\s*query (\w+)/.exec(text)?.[1];
    if (name) operations.set(name, text);
  }
  return operations;
}
