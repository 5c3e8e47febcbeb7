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
  if (reloaded.length > 0) {
    for (const type of relationshipTypeNames) {
      await tx.run(cypher.deleteCaseRelationships(type), { caseIds: reloaded });
    }
  }

  let elements = 0;
  for (const [label, rows] of groupNodes(batch, alreadyWritten)) {
    elements += rows.length;
    const query = cypher.mergeNodes(label);
    const payload = rows.map(({ id, props }) => ({ id, props }));
    if (mode === "batched") await tx.run(query, { rows: payload });
    else for (const row of payload) await tx.run(query, { rows: [row] });
  }
  for (const [key, rows] of groupRelationships(batch)) {
    const first = rows[0] as RelationshipRow;
    const query = cypher.createRelationships(first.type, first.fromLabel, first.toLabel);
    const payload = rows.map(({ from, to, props }) => ({ from, to, props }));
    let written = 0;
    if (mode === "batched") written = await writtenCount(tx.run(query, { rows: payload }));
    else for (const row of payload) written += await writtenCount(tx.run(query, { rows: [row] }));
    if (written !== payload.length) throw new MissingEndpointError(key, payload.length, written);
    elements += payload.length;
  }
  if (reloaded.length > 0) {
    await tx.run(cypher.deleteOrphanedCaseOwnedNodes, { slugs: reloaded.map((id) => id.slice(id.indexOf(":") + 1)) });
  }
  const waited = await tx.run(cypher.ownLockWait, { loadId });
  // Last, so the single version node is locked only briefly by concurrent writers: nothing runs after it but
  // the commit. Its own time is nearly all waiting for that lock, so it counts as lock wait.
  const bumped = await tx.run(cypher.bumpGraphVersion);
  const bumpMs = Number(bumped.summary.resultAvailableAfter) + Number(bumped.summary.resultConsumedAfter);
  return { elements, lockWaitMs: Number(waited.records[0]?.get("ms") ?? 0) + bumpMs };
}

async function writtenCount(result: Promise<{ records: { get(key: string): unknown }[] }>): Promise<number> {
  const { records } = await result;
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
