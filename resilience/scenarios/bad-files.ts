import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { bundledCasesDir, graphCounts } from "../../seed/index.ts";
import type { ScenarioResult } from "../harness.ts";

/** Scenario 6: malformed, wrongly encoded and schema-violating case files: clear errors, nothing written. */
export async function badFiles(driver: Driver, uri: string): Promise<ScenarioResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "policy-graph-bad-files-"));
  const good = JSON.parse(readFileSync(path.join(bundledCasesDir, "dinghai-2022-03.json"), "utf8"));
  const files: Record<string, string | Buffer> = {
    "truncated.json": JSON.stringify(good).slice(0, 500),
    // 定海 in GBK, as a case file saved by an editor in the wrong encoding would carry it.
    "gbk.json": Buffer.concat([
      Buffer.from('{"case": {"title": "'),
      Buffer.from([0xb6, 0xa8, 0xba, 0xa3]),
      Buffer.from('"}}'),
    ]),
    "unknown-measure.json": JSON.stringify({
      ...good,
      relationships: good.relationships.map((r: { type: string }, i: number) =>
        i === 0 ? { ...r, type: "FEATURES", to: "measure:made-up" } : r,
      ),
    }),
    "missing-evidence.json": JSON.stringify({
      ...good,
      case: { ...good.case, id: "case:bad-evidence" },
      relationships: good.relationships.map((r: Record<string, unknown>) => ({ ...r, evidence: undefined })),
    }),
    "valid-but-new.json": JSON.stringify({ ...good, case: { ...good.case, id: "case:should-not-load" } }),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const before = await graphCounts(driver);
  const args = Object.keys(files).flatMap((name) => ["--file", path.join(dir, name)]);
  const child = spawn(process.execPath, ["--import", "tsx", "seed/cli.ts", ...args], {
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const [code] = await once(child, "exit");
  rmSync(dir, { recursive: true, force: true });
  const after = await graphCounts(driver);
  const failures: string[] = [];
  if (code !== 1) failures.push(`seed exited ${code}, expected 1`);
  const expectations: [string, RegExp][] = [
    ["truncated.json", /truncated\.json: \$: .*JSON/i],
    ["gbk.json", /gbk\.json: \$: file is not valid UTF-8/],
    ["unknown-measure.json", /unknown-measure\.json: \$\.relationships\[0\]\.(to|type)/],
    ["missing-evidence.json", /missing-evidence\.json: \$\.relationships\[\d+\]\.evidence/],
  ];
  for (const [name, pattern] of expectations) if (!pattern.test(stderr)) failures.push(`no clear error for ${name}`);
  if (JSON.stringify(after) !== JSON.stringify(before)) failures.push("something was written");
  return {
    name: "bad files",
    ok: failures.length === 0,
    did: "npm run seed -- --file … with a truncated file, a GBK-encoded file, an unknown measure, missing evidence and one valid file",
    measured: {
      "exit code": code as number,
      "error lines": stderr.split("\n").filter((l) => l.includes(": $")).length,
      "graph unchanged":
        JSON.stringify(after) === JSON.stringify(before) ? "yes (the valid file was not loaded either)" : "no",
    },
    failures,
  };
}
