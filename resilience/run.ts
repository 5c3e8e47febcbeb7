import { parseArgs } from "node:util";
import { printTable } from "../bench/table.ts";
import {
  bundledCasesDir,
  caseFilesIn,
  measurePopularity,
  readCaseFiles,
  seedCases,
  syntheticCases,
} from "../seed/index.ts";
import { freePort, type ScenarioResult, type ServerProcess, say, startServerProcess, TestNeo4j } from "./harness.ts";
import { badFiles } from "./scenarios/bad-files.ts";
import { concurrentWrites } from "./scenarios/concurrent-writes.ts";
import { hostileInput } from "./scenarios/hostile.ts";
import { sustainedLoad } from "./scenarios/load.ts";
import { neo4jDiesAndReturns } from "./scenarios/neo4j-restart.ts";
import { seedKilledMidway } from "./scenarios/seed-kill.ts";

/*
 * `npm run resilience [-- --only load,hostile,restart,badfiles,concurrent,seedkill] [--long]`.
 * Each scenario prints what it did and what it measured and fails on any loss; the exit code is 1 if any did.
 */
const { values } = parseArgs({ options: { only: { type: "string" }, long: { type: "boolean", default: false } } });
const ALL = ["load", "hostile", "restart", "badfiles", "concurrent", "seedkill"];
const selected = new Set(values.only ? values.only.split(",") : ALL);
const long = values.long === true;
const TOKEN = "resilience-token-0123456789";
const REQUEST_TIMEOUT_MS = 5_000;

async function main(): Promise<boolean> {
  const neo4j = new TestNeo4j(await freePort());
  await neo4j.start();
  const driver = neo4j.driver();
  let server: ServerProcess | undefined;
  const results: ScenarioResult[] = [];
  const attempt = async (key: string, run: () => Promise<ScenarioResult>) => {
    if (!selected.has(key)) return;
    say(`── ${key}`);
    try {
      const result = await run();
      results.push(result);
      say(`${result.ok ? "PASS" : "FAIL"} ${result.name}: ${result.did}`);
      for (const [k, v] of Object.entries(result.measured)) say(`   ${k}: ${v}`);
      for (const failure of result.failures) say(`   ✗ ${failure}`);
    } catch (error) {
      results.push({ name: key, ok: false, did: "crashed", measured: {}, failures: [String(error)] });
      say(`FAIL ${key}: ${error instanceof Error ? error.stack : error}`);
    }
  };
  try {
    const real = readCaseFiles(caseFilesIn(bundledCasesDir));
    const syntheticCount = 10_000;
    if (selected.has("load") || selected.has("hostile") || selected.has("restart")) {
      say(`loading ${real.length} real + ${syntheticCount} synthetic cases`);
      await seedCases(
        driver,
        [...real, ...syntheticCases({ count: syntheticCount, seed: 42, popularity: measurePopularity(real) })],
        {
          reset: true,
        },
      );
    }
    server = await startServerProcess(
      neo4j.uri,
      { API_TOKEN: TOKEN, REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) },
      { memoryReport: true },
    );
    await attempt("load", () =>
      sustainedLoad(server as ServerProcess, driver, {
        connections: 50,
        seconds: long ? 600 : 60,
        cases: real.length + syntheticCount,
      }),
    );
    await attempt("hostile", () =>
      hostileInput(server as ServerProcess, driver, { requests: 10_000, concurrency: 16, token: TOKEN }),
    );
    await attempt("restart", () =>
      neo4jDiesAndReturns(server as ServerProcess, neo4j, driver, {
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        downSeconds: long ? 30 : 8,
      }),
    );
    await attempt("badfiles", () => badFiles(driver, neo4j.uri));
    await attempt("concurrent", () =>
      concurrentWrites(server as ServerProcess, driver, { clients: 8, casesPerClient: long ? 100 : 25, token: TOKEN }),
    );
    await attempt("seedkill", () => seedKilledMidway(driver, neo4j.uri, { trials: 20, cases: long ? 1000 : 300 }));
  } finally {
    await server?.stop();
    await driver.close();
    await neo4j.dispose();
  }
  printTable(
    "Resilience",
    results.map((r) => ({
      scenario: r.name,
      result: r.ok ? "pass" : "FAIL",
      measured: Object.entries(r.measured)
        .map(([k, v]) => `${k}: ${v}`)
        .join("; "),
    })),
  );
  const passed = results.filter((r) => r.ok).length;
  console.log(`\n${passed} passed, ${results.length - passed} failed`);
  return passed === results.length;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
