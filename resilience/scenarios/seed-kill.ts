import { spawn } from "node:child_process";
import { once } from "node:events";
import type { Driver } from "neo4j-driver";
import { relationshipTypeNames } from "../../graph-schema/index.ts";
import {
  bundledCasesDir,
  caseFilesIn,
  graphCounts,
  measurePopularity,
  readCaseFiles,
  resetGraph,
  seededRandom,
  syntheticCases,
} from "../../seed/index.ts";
import { type ScenarioResult, say } from "../harness.ts";

const SEED_NUMBER = 7;

function runSeed(uri: string, cases: number, killAfterMs?: number): Promise<{ killed: boolean; code: number | null }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "seed/cli.ts", "--synthetic", String(cases), "--seed", String(SEED_NUMBER), "--batch", "5"],
    { env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: "error" }, stdio: ["ignore", "ignore", "ignore"] },
  );
  let killed = false;
  const timer =
    killAfterMs === undefined
      ? undefined
      : setTimeout(() => {
          killed = child.exitCode === null;
          child.kill("SIGKILL");
        }, killAfterMs);
  return once(child, "exit").then(([code]) => {
    clearTimeout(timer);
    return { killed, code: code as number | null };
  });
}

/** Relationships per case id, from the per-type caseId indexes. */
async function relationshipsPerCase(driver: Driver): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const type of relationshipTypeNames) {
    if (type === "IN_CATEGORY") continue;
    const { records } = await driver.executeQuery(`MATCH ()-[r:${type}]->() RETURN r.caseId AS id, count(r) AS n`);
    for (const record of records) {
      const id = record.get("id") as string;
      counts.set(id, (counts.get(id) ?? 0) + Number(record.get("n")));
    }
  }
  return counts;
}

/**
 * Scenario 3: SIGKILL the loader at random moments. After every kill each case is wholly present (all its
 * relationships and its Case node) or wholly absent; re-running converges to an uninterrupted load's counts.
 */
export async function seedKilledMidway(
  driver: Driver,
  uri: string,
  options: { trials: number; cases: number },
): Promise<ScenarioResult> {
  const real = readCaseFiles(caseFilesIn(bundledCasesDir));
  const expected = new Map(
    [...syntheticCases({ count: options.cases, seed: SEED_NUMBER, popularity: measurePopularity(real) })].map((c) => [
      c.case.id,
      c.relationships.length,
    ]),
  );
  await resetGraph(driver);
  const clean = performance.now();
  await runSeed(uri, options.cases);
  const cleanMs = performance.now() - clean;
  const reference = await graphCounts(driver);
  await resetGraph(driver);
  say(`seed-kill: uninterrupted load takes ${Math.round(cleanMs)} ms; ${options.trials} killed runs follow`);

  const random = seededRandom(2026);
  const failures: string[] = [];
  let kills = 0;
  let partialSeen = 0;
  const presentAfterKill: number[] = [];
  for (let trial = 1; trial <= options.trials; trial++) {
    // Odd trials start from an empty graph (a first load cut short); even ones re-run over what is there
    // (a reload cut short, which must leave the earlier version of each case whole).
    if (trial % 2 === 1) await resetGraph(driver);
    const killAfter = Math.round(800 + random() * Math.max(500, cleanMs - 800));
    const { killed } = await runSeed(uri, options.cases, killAfter);
    if (killed) kills += 1;
    const perCase = await relationshipsPerCase(driver);
    const { records } = await driver.executeQuery("MATCH (c:Case) RETURN c.id AS id");
    const caseNodes = new Set(records.map((r) => r.get("id") as string));
    let present = 0;
    for (const [id, want] of expected) {
      const have = perCase.get(id) ?? 0;
      const hasNode = caseNodes.has(id);
      if (have === want && hasNode) present += 1;
      else if (have !== 0 || hasNode) {
        partialSeen += 1;
        failures.push(
          `trial ${trial}: ${id} is partial (${have} of ${want} relationships, node ${hasNode ? "present" : "absent"})`,
        );
      }
    }
    presentAfterKill.push(present);
    say(
      `seed-kill: trial ${trial}/${options.trials}: killed at ${killAfter} ms, ${present}/${expected.size} cases present, none partial: ${partialSeen === 0}`,
    );
  }
  await runSeed(uri, options.cases);
  const converged = await graphCounts(driver);
  if (JSON.stringify(converged) !== JSON.stringify(reference))
    failures.push("re-running did not converge to the uninterrupted counts");
  return {
    name: "seed killed mid-way",
    ok: failures.length === 0,
    did: `${options.trials} runs of \`npm run seed -- --synthetic ${options.cases} --batch 5\`, each SIGKILLed at a random moment, then one full run`,
    measured: {
      "runs killed while loading": kills,
      "partial cases seen": partialSeen,
      "cases present after kills (min–max)": `${Math.min(...presentAfterKill)}–${Math.max(...presentAfterKill)} of ${expected.size}`,
      "converged to uninterrupted counts": JSON.stringify(converged) === JSON.stringify(reference) ? "yes" : "no",
    },
    failures: failures.slice(0, 20),
  };
}
