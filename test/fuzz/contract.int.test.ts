import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFixture } from "../fixture.ts";
import { startTestServer, type TestServer } from "../http.ts";
import { testDriver } from "../neo4j.ts";
import { ensureSchemathesis } from "./schemathesis.ts";

/** Fixed so a finding reproduces; FUZZ_SEED explores others. */
const SEED = process.env.FUZZ_SEED ?? "20251203";
const EXAMPLES = process.env.FUZZ_EXAMPLES ?? "25";
const config = fileURLToPath(new URL("./schemathesis.toml", import.meta.url));

/** Runs in `cwd`: Schemathesis keeps its example database in `.schemathesis/` there, not in the repository. */
function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * The API against its own published document: Schemathesis generates requests from /api/openapi.json (valid
 * ones, invalid ones, boundary values, methods no path has) and checks every answer: no 5xx, only documented
 * statuses, content types and headers, bodies that match the response schemas, valid input accepted, invalid
 * input refused, 405 with Allow. Writes need a token the fuzzer is not given, so POST /api/cases must answer 401.
 */
describe("the OpenAPI document against the running API (Schemathesis)", () => {
  let driver: Driver;
  let server: TestServer;
  let reports: string;

  beforeAll(async () => {
    driver = testDriver();
    await seedFixture(driver, 20);
    server = await startTestServer(driver, {
      API_TOKEN: "fuzz-write-token-not-given",
      RATE_LIMIT_PER_MINUTE: "1000000",
    });
    reports = mkdtempSync(path.join(tmpdir(), "policy-graph-fuzz-"));
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await driver?.close();
    if (reports) rmSync(reports, { recursive: true, force: true });
  });

  it("finds no failure on any operation", async () => {
    const schemathesis = ensureSchemathesis();
    const junit = path.join(reports, "junit.xml");
    const { code, output } = await run(
      schemathesis,
      [
        "--config-file",
        config,
        "run",
        `${server.baseUrl}/api/openapi.json`,
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        EXAMPLES,
        "--seed",
        SEED,
        "--workers",
        "2",
        "--request-timeout",
        "90",
        "--report",
        "junit",
        "--report-junit-path",
        junit,
        "--no-color",
      ],
      reports,
    );
    const summary = output.slice(output.lastIndexOf("SUMMARY"));
    expect(code, `schemathesis exited ${code}\n${output.slice(-6000)}`).toBe(0);
    const report = readFileSync(junit, "utf8");
    const operations = (report.match(/<testcase /g) ?? []).length;
    expect(operations, summary).toBeGreaterThanOrEqual(19);
    expect(report).not.toMatch(/<failure|<error/);
  }, 900_000);
});
