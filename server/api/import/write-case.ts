import { randomUUID } from "node:crypto";
import { Neo4jError } from "neo4j-driver";
import type { Database } from "../../../platform/db/database.ts";
import { type CasePlan, caseLoadedBy, loadCases } from "../../../seed/index.ts";
import { HttpError, ServiceUnavailableError } from "../../http/problem.ts";

/** What a committed write cost: shown to clients as a Server-Timing header and logged. */
export interface WriteReceipt {
  elements: number;
  /**
   * Transaction attempts; above 1 when the driver retried after a deadlock or a lost connection; 0 when the
   * answer was lost and the commit was confirmed afterwards.
   */
  attempts: number;
  lockWaitMs: number;
  ms: number;
}

interface WriteOptions {
  /** Neo4j rolls the transaction back when it is still open after this (lock waits included). */
  timeoutMs: number;
}

/** Error codes Neo4j answers with once it has terminated (and so rolled back) a transaction that ran out of time. */
const TERMINATED = /TransactionTimedOut|LockClientStopped|Transaction\.Terminated|LockAcquisitionTimeout/;
const VERIFY_INTERVAL_MS = 500;
/** A deadlock victim is tried again only while at least this much of the budget is left. */
const MIN_ATTEMPT_MS = 100;

/**
 * Writes one case in one transaction and answers only once its outcome is known: success means it committed;
 * a 503 means Neo4j rolled it back (or never received it), so retrying, which is idempotent by case id, is
 * safe. When the connection drops during the commit, the case's `loadId` stamp tells whether it committed.
 * A deadlock victim is tried again while the time budget lasts: the whole write, retries included, ends
 * within `timeoutMs` plus the driver's own retry window.
 */
export async function writeCase(db: Database, plan: CasePlan, options: WriteOptions): Promise<WriteReceipt> {
  const loadId = randomUUID();
  const started = performance.now();
  const deadline = started + options.timeoutMs;
  const receipt = (result: { elements: number; attempts: number; lockWaitMs: number }, earlier: number) => ({
    elements: result.elements,
    attempts: result.attempts + earlier,
    lockWaitMs: result.lockWaitMs,
    ms: performance.now() - started,
  });
  let sent = false;
  const onAttempt = () => {
    sent = true;
  };
  for (let failed = 0; ; failed++) {
    const timeoutMs = Math.max(MIN_ATTEMPT_MS, Math.round(deadline - performance.now()));
    try {
      return receipt(await loadCases(db.driver, [plan], { database: db.name, timeoutMs, loadId, onAttempt }), failed);
    } catch (error) {
      if (isDeadlock(error) && deadline - performance.now() > MIN_ATTEMPT_MS) {
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * (failed + 1)));
        continue;
      }
      if (!(error instanceof Neo4jError && !answeredByServer(error))) throw rolledBack(error, options.timeoutMs);
      // No transaction ever started (no connection to be had): nothing can have committed.
      if (!sent) throw new ServiceUnavailableError("the graph database is unavailable; nothing was written", 5);
      const committed = await committedWithin(db, plan.caseId, loadId, options.timeoutMs);
      if (committed === undefined) throw new OutcomeUnknownError();
      if (!committed) throw new ServiceUnavailableError("the graph database is unavailable; nothing was written", 5);
      return receipt({ elements: plan.nodes.length + plan.relationships.length, attempts: 0, lockWaitMs: 0 }, 0);
    }
  }
}

const isDeadlock = (error: unknown) => error instanceof Neo4jError && /DeadlockDetected/.test(error.code);

/**
 * Server errors carry a `Neo.` status code, and the server has rolled the transaction back when it sends one.
 * The driver's own (ServiceUnavailable, SessionExpired, a pool timeout) leave open whether a commit got through.
 */
function answeredByServer(error: Neo4jError): boolean {
  return error.code.startsWith("Neo.");
}

/** The database said no: it rolled the transaction back, so the answer can say nothing was written. */
function rolledBack(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TERMINATED.test(error.code)) {
    return new ServiceUnavailableError(
      `the write did not finish within ${timeoutMs} ms and was rolled back; nothing was written`,
      2,
    );
  }
  if (isDeadlock(error)) {
    return new ServiceUnavailableError("the write kept colliding with concurrent writes; nothing was written", 1);
  }
  return error;
}

/** Whether the transaction stamped `loadId` committed; undefined when Neo4j stays unreachable until the deadline. */
async function committedWithin(
  db: Database,
  caseId: string,
  loadId: string,
  withinMs: number,
): Promise<boolean | undefined> {
  const deadline = performance.now() + withinMs;
  do {
    try {
      // Routed to the writer, so a cluster answers with what was committed, not a lagging replica.
      const { records } = await db.driver.executeQuery(caseLoadedBy, { caseId, loadId }, { database: db.name });
      return records[0]?.get("committed") === true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, VERIFY_INTERVAL_MS));
    }
  } while (performance.now() < deadline);
  return undefined;
}

/** The one answer that cannot say: Neo4j vanished during the commit and has not come back to tell. */
export class OutcomeUnknownError extends HttpError {
  constructor() {
    super(
      504,
      "Gateway Timeout",
      "the graph database went away while the write was committing; whether it was written is unknown; " +
        "posting the same case again is safe",
      [],
      { "Retry-After": "5" },
    );
  }
}

/** `Server-Timing` for a committed write, so clients and load tests see where its time went. */
export function serverTiming(receipt: WriteReceipt): string {
  return [
    `tx;dur=${receipt.ms.toFixed(1)};desc="write"`,
    `lock;dur=${receipt.lockWaitMs.toFixed(1)};desc="lock wait"`,
    `attempts;desc="${receipt.attempts}"`,
  ].join(", ");
}
