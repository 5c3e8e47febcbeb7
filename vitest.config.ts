import { defineConfig } from "vitest/config";

// Unit tests need nothing; integration tests share one throwaway Neo4j started by the global setup (or NEO4J_URI
// when given). The fresh tests start from a fresh copy (a clone running the README's command, the image stand-in):
// minutes each, so CI runs them once, apart from `npm test`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/*.fresh.test.ts", "node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["**/*.int.test.ts", "**/*.e2e.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Neo4j, many files: run files one at a time so tests that reset the graph don't collide.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "fresh",
          include: ["**/*.fresh.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 900_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
