import { randomUUID } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { relationshipTypeNames } from "../graph-schema/relationships.ts";
import * as cypher from "./cypher.ts";
import type { CasePlan, NodeRow, RelationshipRow } from "./plan.ts";

export type WriteMode = "batched" | "row";

export interface LoadOptions {
  database?: string | undefined;
  /** Cases per transaction. A case is never split across two transactions. */
  casesPerTransaction?: number;
  /** "batched": one UNWIND query per label / relationship shape; "row": one query per row (the baseline). */
  mode?: WriteMode;
  /**
   * Neo4j terminates and rolls back a transaction still open after this, lock waits included, so a failed
   * load never leaves a transaction behind that commits later.
   */
  timeoutMs?: number;
  /** Stamped on the written Case nodes (`loadId`), so a writer whose answer got lost can check what committed. */
  loadId?: string;
  /** For progress reports when `plans` is a stream of unknown length. */
  casesTotal?: number;
  /** Called as each transaction attempt starts (before its first statement is sent). */
  onAttempt?: () => void;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  casesDone: number;
  casesTotal: number;
  elementsDone: number;
  elapsedMs: number;
}

export interface LoadResult {
  cases: number;
  elements: number;
  transactions: number;
  /** Transaction attempts: above `transactions` when the driver retried (deadlocks, a restarting server). */
  attempts: number;
  /**
   * Time the committed transactions spent waiting for locks held by other writers, as Neo4j reports it (the
   * graph-version bump's whole time included). Waits at commit, for relationship locks, are not in it.
   */
  lockWaitMs: number;
  elapsedMs: number;
}

/** Thrown inside a transaction when a relationship's endpoint is missing; the transaction rolls back. */
export class MissingEndpointError extends Error {
  constructor(type: string, expected: number, written: number) {
    super(`load: ${type}: wrote ${written} of ${expected} relationships; an endpoint node is missing`);
    this.name = "MissingEndpointError";
  }
}

/** Bulk loads: generous, since a 500-case batch on a busy machine can take minutes; the API passes its own. */
const DEFAULT_TIMEOUT_MS = 600_000;
/** Ids of shared nodes already committed by this load; bounded so a 100k-case stream keeps memory flat. */
const COMMITTED_NODES_REMEMBERED = 50_000;

/**
 * Writes case plans, several cases per transaction, reading `plans` lazily so a stream of any length loads
 * in flat memory. Each transaction is all-or-nothing, so a failure, a timeout or a kill leaves every case
 * either fully present or absent; MERGE everywhere makes re-runs idempotent.
 */
export async function loadCases(
  driver: Driver,
  plans: Iterable<CasePlan>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const batchSize = Math.max(1, options.casesPerTransaction ?? 500);
  const mode = options.mode ?? "batched";
  const started = performance.now();
  const result: LoadResult = { cases: 0, elements: 0, transactions: 0, attempts: 0, lockWaitMs: 0, elapsedMs: 0 };
  // Shared nodes (regions, departments, parks) recur in many cases: once an earlier transaction of this load
  // has committed them, later batches only link to them instead of writing them again.
  const committedNodes = new LRUCache<string, true>({ max: COMMITTED_NODES_REMEMBERED });
  const session = driver.session({ database: options.database, defaultAccessMode: "WRITE" });
  try {
    for (const batch of inBatches(plans, batchSize)) {
      const loadId = options.loadId ?? randomUUID();
      const written = await session.executeWrite(
        (tx) => {
          result.attempts += 1;
          options.onAttempt?.();
          return writeBatch(tx, batch, { mode, loadId, alreadyWritten: committedNodes });
        },
        { timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, metadata: { app: "policy-graph", loadId } },
      );
      for (const plan of batch) for (const node of plan.nodes) committedNodes.set(node.id, true);
      result.cases += batch.length;
      result.elements += written.elements;
      result.lockWaitMs += written.lockWaitMs;
      result.transactions += 1;
      options.onProgress?.({
        casesDone: result.cases,
        casesTotal: Math.max(options.casesTotal ?? 0, result.cases),
        elementsDone: result.elements,
        elapsedMs: performance.now() - started,
      });
    }
  } finally {
    await session.close();
  }
  return { ...result, elapsedMs: performance.now() - started };
}

function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

interface BatchOptions {
  mode: WriteMode;
  loadId: string;
  alreadyWritten: { has(id: string): boolean };
}

async function writeBatch(
  tx: ManagedTransaction,
  batch: readonly CasePlan[],
  { mode, loadId, alreadyWritten }: BatchOptions,
): Promise<{ elements: number; lockWaitMs: number }> {
  const caseIds = batch.map((plan) => plan.caseId).sort();
  const locked = await tx.run(cypher.lockCases, { caseIds, loadId });
  const reloaded = locked.records
    .filter((record) => record.get("existed") === true)
    .map((record) => record.get("id") as string);
  const q = new Statements(tx, mode === "batched");

  if (reloaded.length > 0) {
    for (const type of relationshipTypeNames) {
      await q.run(cypher.deleteCaseRelationships(type), { caseIds: reloaded });
    }
  }
  let elements = 0;
  for (const [label, rows] of groupNodes(batch, alreadyWritten)) {
    elements += rows.length;
    const query = cypher.mergeNodes(label);
    const payload = rows.map(({ id, props }) => ({ id, props }));
    if (mode === "batched") await q.run(query, { rows: payload });
    else for (const row of payload) await q.run(query, { rows: [row] });
  }
  const created: { key: string; expected: number; written: Promise<QueryResult>[] }[] = [];
  for (const [key, rows] of groupRelationships(batch)) {
    const first = rows[0] as RelationshipRow;
    const query = cypher.createRelationships(first.type, first.fromLabel, first.toLabel);
    const payload = rows.map(({ from, to, props }) => ({ from, to, props }));
    const written: Promise<QueryResult>[] = [];
    if (mode === "batched") written.push(q.sent(query, { rows: payload }));
    else {
      for (const row of payload) {
        const result = q.sent(query, { rows: [row] });
        written.push(result);
        await result;
      }
    }
    created.push({ key, expected: payload.length, written });
    elements += payload.length;
  }
  if (reloaded.length > 0) {
    await q.run(cypher.deleteOrphanedCaseOwnedNodes, { slugs: reloaded.map((id) => id.slice(id.indexOf(":") + 1)) });
  }
  const waited = q.sent(cypher.ownLockWait, { loadId });
  // Last, so the single version node is locked only briefly by concurrent writers: nothing runs after it but
  // the commit. Its own time is nearly all waiting for that lock, so it counts as lock wait.
  const bumped = q.sent(cypher.bumpGraphVersion, {});
  await q.settled();

  for (const { key, expected, written } of created) {
    let total = 0;
    for (const result of written) total += writtenCount(await result);
    if (total !== expected) throw new MissingEndpointError(key, expected, total);
  }
  const { summary } = await bumped;
  const bumpMs = Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter);
  return { elements, lockWaitMs: Number((await waited).records[0]?.get("ms") ?? 0) + bumpMs };
}

type QueryResult = Awaited<ReturnType<ManagedTransaction["run"]>>;

/**
 * The statements of one transaction. Pipelined (batched mode), `run` only sends: Bolt executes them in order,
 * and the transaction waits once for all of them instead of a round trip per statement, which on a busy
 * machine is a wait for both processes to be scheduled. Otherwise (the row-by-row baseline) each is awaited.
 */
class Statements {
  private readonly pending: Promise<QueryResult>[] = [];

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly pipelined: boolean,
  ) {}

  /** Sends a statement whose result is read later; never awaited here. */
  sent(query: string, params: Record<string, unknown>): Promise<QueryResult> {
    const result = Promise.resolve(this.tx.run(query, params));
    // The failure is reported by settled(); this only keeps Node from calling it unhandled meanwhile.
    result.catch(() => {});
    this.pending.push(result);
    return result;
  }

  /** Sends a statement; resolves at once when pipelined, else when it has run. */
  async run(query: string, params: Record<string, unknown>): Promise<void> {
    const result = this.sent(query, params);
    if (!this.pipelined) await result;
  }

  /** Waits for every statement sent; rejects with the first failure. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }
}

function writtenCount({ records }: QueryResult): number {
  const value = records[0]?.get("written") as { toNumber(): number } | number | undefined;
  return typeof value === "number" ? value : (value?.toNumber() ?? 0);
}

/**
 * Nodes of a batch by label, each id once: shared nodes (regions, departments) recur across cases.
 * Labels and ids come out sorted so concurrent writers lock shared nodes in the same order.
 */
function groupNodes(
  batch: readonly CasePlan[],
  alreadyWritten: BatchOptions["alreadyWritten"],
): Map<NodeRow["label"], NodeRow[]> {
  const seen = new Set<string>();
  const groups = new Map<NodeRow["label"], NodeRow[]>();
  for (const plan of batch) {
    for (const node of plan.nodes) {
      if (seen.has(node.id) || (node.label !== "Case" && alreadyWritten.has(node.id))) continue;
      seen.add(node.id);
      const group = groups.get(node.label) ?? [];
      group.push(node);
      groups.set(node.label, group);
    }
  }
  for (const rows of groups.values()) rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

/** Relationships of a batch by (type, from label, to label): one query shape each. */
function groupRelationships(batch: readonly CasePlan[]): Map<string, RelationshipRow[]> {
  const groups = new Map<string, RelationshipRow[]>();
  for (const plan of batch) {
    for (const rel of plan.relationships) {
      const key = `${rel.fromLabel}-${rel.type}->${rel.toLabel}`;
      const group = groups.get(key) ?? [];
      group.push(rel);
      groups.set(key, group);
    }
  }
  return groups;
}
