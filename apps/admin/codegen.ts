import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed GraphQL documents from the API's committed schema: every `graphql(\`…\`)` in src/ gets its result
 * and variable types, so a field the API renames or removes breaks the typecheck, not a user's screen.
 * The output (src/gql/) is generated before typecheck, build and test, and not committed.
 */
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.tsx", "src/**/*.ts", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Dong: "number",
          DateTimeISO: "string",
          // YYYY-MM-DD, checked by the API; the app keeps typing dates as strings.
          CalendarDate: "string",
          JSONObject: "Record<string, unknown>",
        },
      },
    },
  },
};
export default config;
