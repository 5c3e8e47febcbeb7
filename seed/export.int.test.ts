import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { extractCase } from "../extract/index.ts";
import { postJson } from "../test/api-client.ts";
import { startTestServer } from "../test/http.ts";
import { testDriver } from "../test/neo4j.ts";
import { graphCounts } from "./counts.ts";
import { exportCases } from "./export.ts";
import { bundledCasesDir, caseFilesIn } from "./files.ts";
import { type GraphDump, graphDump } from "./graph-dump.ts";
import { checkCaseFiles, readCaseFiles, resetGraph, seedCases, streamCaseFiles } from "./seed.ts";
import { measurePopularity, syntheticCases } from "./synthetic.ts";

const TOKEN = "test-token-0123456789abcdef";
const SYNTHETIC = 1000;

/** Lines only one of two dumps has, a few of each, so a failure shows what differs rather than 50,000 lines. */
function difference(a: GraphDump, b: GraphDump): { onlyBefore: string[]; onlyAfter: string[] } {
  const linesOf = (dump: GraphDump) => new Set([...dump.nodes, ...dump.relationships]);
  const before = linesOf(a);
  const after = linesOf(b);
  return {
    onlyBefore: [...before].filter((line) => !after.has(line)).slice(0, 5),
    onlyAfter: [...after].filter((line) => !before.has(line)).slice(0, 5),
  };
}

describe("export: every case back to case files, and nothing lost", () => {
  let driver: Driver;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "policy-graph-export-"));
    dirs.push(dir);
    return dir;
  };

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("bundled + 1,000 synthetic + one imported case: npm run export, then a load into an empty graph, gives the identical graph", async () => {
    const real = readCaseFiles(caseFilesIn(bundledCasesDir));
    const synthetic = syntheticCases({ count: SYNTHETIC, seed: 61, popularity: measurePopularity(real) });
    await seedCases(driver, [...real, ...synthetic], { reset: true });
    const server = await startTestServer(driver, { API_TOKEN: TOKEN });
    const text = await readFile(new URL("../extract/fixtures/haimen-five-permits.txt", import.meta.url), "utf8");
    const { draft, problems } = extractCase(text);
    expect(problems).toEqual([]);
    try {
      expect((await postJson(server.baseUrl, "/api/cases", draft, TOKEN)).status).toBe(201);
    } finally {
      await server.close();
    }
    const counts = await graphCounts(driver);
    const before = await graphDump(driver);

    const dir = tempDir();
    const cli = spawnSync(process.execPath, ["--import", "tsx", "seed/export-cli.ts", dir], {
      env: { ...process.env, NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    expect(cli.stderr).toMatch(new RegExp(`wrote ${real.length + SYNTHETIC + 1} of ${real.length + SYNTHETIC + 1}`));
    expect(cli.status).toBe(0);
    expect(readdirSync(dir)).toHaveLength(counts.labels.Case ?? 0);

    const files = caseFilesIn(dir);
    checkCaseFiles(files);
    await resetGraph(driver);
    await seedCases(driver, streamCaseFiles(files));
    const after = await graphDump(driver);
    expect(await graphCounts(driver)).toEqual(counts);
    expect(difference(before, after)).toEqual({ onlyBefore: [], onlyAfter: [] });
    expect(after.digest).toBe(before.digest);
  }, 600_000);

  it("names a node that no case holds instead of dropping it silently", async () => {
    const [file] = [...syntheticCases({ count: 1, seed: 62, startAt: 920_001 })];
    if (!file) throw new Error("no case");
    await seedCases(driver, [file], { reset: true });
    await driver.executeQuery("CREATE (:Company {id: 'company:nobodys', name: '无主企业'})");
    const result = await exportCases(driver, tempDir());
    expect(result.files).toBe(1);
    expect(result.leftOut).toEqual(["company:nobodys"]);
  });

  it("refuses to write a case whose graph properties have no place in the file format, naming the property", async () => {
    const [file] = [...syntheticCases({ count: 1, seed: 63, startAt: 930_001 })];
    if (!file) throw new Error("no case");
    await seedCases(driver, [file], { reset: true });
    await driver.executeQuery("MATCH (c:Case {id: $id}) SET c.addedByHand = 'x'", { id: file.case.id });
    const dir = tempDir();
    const result = await exportCases(driver, dir);
    expect(result.files).toBe(0);
    expect(result.problems.map((p) => p.message).join("\n")).toMatch(/property addedByHand has no field/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
