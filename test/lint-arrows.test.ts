import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

/** Files that each cross one arrow of .dependency-cruiser.cjs; written for the test and removed after it. */
const probes: Record<string, { file: string; source: string }> = {
  "graph-schema-imports-only-itself": {
    file: "graph-schema/__lint_probe__.ts",
    source: 'export { createApp } from "../server/app.ts";\n',
  },
  "contract-imports-only-graph-schema": {
    file: "contract/__lint_probe__.ts",
    source: 'export { loadConfig } from "../platform/config.ts";\n',
  },
  "foundations-import-only-zod": {
    file: "graph-schema/__lint_probe_fs__.ts",
    source: 'export { readFileSync } from "node:fs";\n',
  },
  "seed-imports-only-graph-schema-platform": {
    file: "seed/__lint_probe__.ts",
    source: 'export { createApp } from "../server/app.ts";\n',
  },
  "web-imports-only-graph-schema-contract": {
    file: "web/src/__lint_probe__.ts",
    source: 'export { logger } from "../../platform/logger.ts";\n',
  },
  "web-uses-the-contract-for-types-only": {
    file: "web/src/__lint_probe_contract__.ts",
    source: 'export { operations } from "../../contract/index.ts";\n',
  },
  "import-page-loads-lazily": {
    file: "web/src/__lint_probe_lazy__.ts",
    source: 'export { mountImportPage } from "./views/import-page.ts";\n',
  },
  "seed-only-through-its-index": {
    file: "server/__lint_probe__.ts",
    source: 'export { loadCases } from "../seed/loader.ts";\n',
  },
};

interface Cruise {
  summary: { violations: { rule: { name: string }; from: string }[] };
}

describe("npm run lint: the arrows between folders", () => {
  let result: Cruise;

  beforeAll(async () => {
    for (const { file, source } of Object.values(probes)) writeFileSync(file, source);
    try {
      const files = Object.values(probes).map((p) => p.file);
      const { stdout } = await run(
        "npx",
        ["depcruise", "--config", ".dependency-cruiser.cjs", "--output-type", "json", ...files],
        { maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      result = JSON.parse(stdout) as Cruise;
    } finally {
      for (const { file } of Object.values(probes)) rmSync(file, { force: true });
    }
  }, 60_000);

  afterAll(() => {
    for (const { file } of Object.values(probes)) rmSync(file, { force: true });
  });

  it.each(Object.entries(probes))("fails on a crossing import: %s", (rule, { file }) => {
    const hits = result.summary.violations.filter((v) => v.from === file).map((v) => v.rule.name);
    expect(hits).toContain(rule);
  });

  it("passes on the tree as it is", async () => {
    const { stdout } = await run("npm", ["run", "--silent", "lint:arrows"]);
    expect(stdout).toContain("no dependency violations found");
  }, 60_000);
});
