import { type Driver, Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../platform/db/database.ts";
import { planCase, syntheticCases } from "../../../seed/index.ts";
import { HttpError } from "../../http/problem.ts";
import { OutcomeUnknownError, writeCase } from "./write-case.ts";

/*
 * The decisions of writeCase when the database fails in ways an integration test cannot stage on demand (the
 * connection dropping during a commit). The driver is scripted; what it answers is what Neo4j would.
 * The real-Neo4j cases (timeout behind a held lock, 201 in the graph) are in write-outcome.int.test.ts.
 */

const [file] = [...syntheticCases({ count: 1, seed: 77, startAt: 940_001 })];
if (!file) throw new Error("no case");
const plan = planCase(file);

const neo4jError = (code: string) => new Neo4jError(`scripted ${code}`, code, "50N42", "scripted");

interface Script {
  /** What each executeWrite does, in turn: throw before the work starts, or start it and then throw. */
  writes: ("refused" | { afterStart: string } | { before: string })[];
  /** What the loadId check answers, in turn: committed or not, or throws (still unreachable). */
  checks?: (boolean | "unreachable")[];
}

function scriptedDatabase(script: Script): Database {
  const writes = [...script.writes];
  const checks = [...(script.checks ?? [])];
  const driver = {
    session: () => ({
      async executeWrite(work: (tx: unknown) => Promise<unknown>) {
        const step = writes.shift();
        if (step === "refused") throw neo4jError("ServiceUnavailable");
        if (step && "before" in step) throw neo4jError(step.before);
        const failingTx = { run: () => Promise.reject(neo4jError(step?.afterStart ?? "ServiceUnavailable")) };
        await work(failingTx);
      },
      close: async () => {},
    }),
    async executeQuery() {
      const answer = checks.shift() ?? "unreachable";
      if (answer === "unreachable") throw neo4jError("ServiceUnavailable");
      return { records: [{ get: () => answer }] };
    },
  } as unknown as Driver;
  return { driver, name: undefined, uri: "bolt://scripted", version: "5", embedded: undefined, close: async () => {} };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof HttpError)) throw new Error(`expected an HttpError, got ${String(error)}`);
  return error;
}

describe("writeCase answers with what was committed", () => {
  it("503 at once when no transaction could even start: nothing can have committed", async () => {
    const error = await failure(writeCase(scriptedDatabase({ writes: ["refused"] }), plan, { timeoutMs: 5_000 }));
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/nothing was written/);
    expect(error.headers["Retry-After"]).toBeDefined();
  });

  it("201 when the connection dropped mid-commit but the case carries this write's loadId", async () => {
    const db = scriptedDatabase({ writes: [{ afterStart: "SessionExpired" }], checks: ["unreachable", true] });
    const receipt = await writeCase(db, plan, { timeoutMs: 5_000 });
    expect(receipt.elements).toBe(plan.nodes.length + plan.relationships.length);
    expect(receipt.attempts).toBe(0);
  });

  it("503 when the connection dropped and the case does not carry this write's loadId", async () => {
    const db = scriptedDatabase({ writes: [{ afterStart: "ServiceUnavailable" }], checks: [false] });
    const error = await failure(writeCase(db, plan, { timeoutMs: 5_000 }));
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/nothing was written/);
  });

  it("504, never 503, when Neo4j stays away after the connection dropped: the outcome is unknown", async () => {
    const db = scriptedDatabase({ writes: [{ afterStart: "ServiceUnavailable" }] });
    const error = await failure(writeCase(db, plan, { timeoutMs: 600 }));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.status).toBe(504);
  });

  it("503 'rolled back' for a transaction Neo4j terminated on its timeout, without asking again", async () => {
    const db = scriptedDatabase({ writes: [{ afterStart: "Neo.ClientError.Transaction.LockClientStopped" }] });
    const error = await failure(writeCase(db, plan, { timeoutMs: 5_000 }));
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/did not finish within 5000 ms and was rolled back; nothing was written/);
  });

  it("tries a deadlock victim again within the budget", async () => {
    const deadlock = { before: "Neo.TransientError.Transaction.DeadlockDetected" };
    const db = scriptedDatabase({ writes: [deadlock, deadlock, "refused"] });
    const error = await failure(writeCase(db, plan, { timeoutMs: 5_000 }));
    // Two deadlocks were retried; the third attempt found Neo4j gone before starting.
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/unavailable; nothing was written/);
  });

  it("gives up on deadlocks once the budget is spent, saying nothing was written", async () => {
    const deadlock = { before: "Neo.TransientError.Transaction.DeadlockDetected" };
    const db = scriptedDatabase({ writes: Array.from({ length: 20 }, () => deadlock) });
    const error = await failure(writeCase(db, plan, { timeoutMs: 150 }));
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/colliding with concurrent writes; nothing was written/);
  });
});
