import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import testConfig from "../vitest.config.js";

// `vitest bench` on the test harness: the same graphql alias, setup file and global setup (embedded
// PostgreSQL unless DATABASE_URL is set) as the tests, by construction. Files run one after the other so
// that a benchmark never shares the two cores with another file's server.
export default mergeConfig(
  testConfig,
  defineConfig({
    root: fileURLToPath(new URL("..", import.meta.url)),
    test: {
      fileParallelism: false,
      hookTimeout: 120_000,
      benchmark: { include: ["bench/**/*.bench.ts"] },
    },
  }),
);
