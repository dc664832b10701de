import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `vitest bench` only: the test config (../vitest.config.ts) stays as it is. Files run one after the
// other so that two benchmarks never share the machine's cores.
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    environment: "node",
    fileParallelism: false,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
