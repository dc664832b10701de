import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// Decorator metadata: vitest's transform reads experimentalDecorators/emitDecoratorMetadata from
// tsconfig.json (stack-notes §5). Each test file gets its own database (test/harness.ts), so files run
// in parallel; without DATABASE_URL they share one embedded server (test/global-setup.ts).
export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node (and so Apollo, type-graphql) loads its CJS `main`, while Vite
    // would pick the ESM `module` for our sources. Two copies break `instanceof GraphQLError` and make
    // graphql-js refuse scalars "from another module or realm". Pin ours to the one Node loads.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    environment: "node",
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
