import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents for the API's own tests, from the committed schema.graphql: every
 * `graphql(\`…\`)` in test/ gets its result and variable types, so a field the API renames or removes
 * fails `tsc` on the test that reads it, not at run time.
 *
 * The output (test/graphql/) is committed, like schema.graphql, so that typecheck and a single vitest file
 * need no step first; test/typed-documents.test.ts fails when it differs from what this config generates
 * (run `pnpm --filter @khuyencong/api codegen` after changing the schema or a test's document).
 *
 * `documentMode: "string"`: a document is a String subclass carrying its types, sent as it is by the test
 * harness (`t.gql(doc, variables)`); no parsed AST travels through the tests.
 */
const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/graphql/**"],
  ignoreNoDocuments: true,
  // `./graphql.js`, as NodeNext resolution wants.
  emitLegacyCommonJSImports: false,
  // Only `graphql(…)` documents: query-plans.test.ts has a local `gql(label, …)` that is not one.
  pluckConfig: {
    globalGqlIdentifierName: ["graphql"],
    modules: [{ name: "./graphql/index.js", identifier: "graphql" }],
  },
  generates: {
    "test/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        // The same mappings as the admin app's (apps/admin/codegen.ts): what JSON carries for each scalar.
        scalars: {
          Dong: "number",
          DateTimeISO: "string",
          CalendarDate: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};
export default config;
