import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { caseFileSchema, issuesOf, labelOfId, type NodeLabel, relationshipTypeNames } from "../graph-schema/index.ts";
import * as cypher from "./cypher.ts";
import {
  caseFields,
  compareNodes,
  compareRelationships,
  fileNameOf,
  type GraphRow,
  nodeFields,
  type RelationshipGraphRow,
  referencedIds,
  relationshipFields,
} from "./export-files.ts";
import { UnmappedPropertyError } from "./export-props.ts";
import type { FileProblem } from "./files.ts";

export interface ExportOptions {
  database?: string | undefined;
  /** Cases read per round trip; also what is held in memory at once. */
  casesPerPage?: number;
  onProgress?: (progress: { casesDone: number; elapsedMs: number }) => void;
}

export interface ExportResult {
  cases: number;
  /** Files written; a case whose file would not validate is reported in `problems` and not written. */
  files: number;
  problems: FileProblem[];
  /** Nodes no case file holds (no case states a relationship to or names them): an export cannot bring them back. */
  leftOut: string[];
  elapsedMs: number;
}

/**
 * Writes every case in the graph to `<dir>/<slug>.json` in the seed's case-file format, each validated by
 * caseFileSchema first. Reads page by page in id order, so memory is bounded by the page size.
 */
export async function exportCases(driver: Driver, dir: string, options: ExportOptions = {}): Promise<ExportResult> {
  const started = performance.now();
  const read = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: options.database, routing: "READ" })).records.map((r) =>
      r.toObject(),
    );
  mkdirSync(dir, { recursive: true });
  const result: ExportResult = { cases: 0, files: 0, problems: [], leftOut: [], elapsedMs: 0 };
  // Usually none: nodes only a property points at. Each is crossed off when some file declares it.
  const unplaced = new Set((await read(cypher.nodesWithoutCaseRelationships)).map((r) => r.id as string));

  let after = "";
  for (;;) {
    const page = (await read(cypher.casePage, { after, limit: neo4j.int(options.casesPerPage ?? 500) })) as GraphRow[];
    if (page.length === 0) break;
    after = page[page.length - 1]?.id ?? after;
    for (const { file, fileName } of await caseFilesOf(page, read, result.problems)) {
      result.cases += 1;
      for (const node of file.nodes) unplaced.delete(node.id as string);
      const parsed = caseFileSchema.safeParse(file);
      if (!parsed.success) {
        for (const issue of issuesOf(parsed.error)) result.problems.push({ file: fileName, ...issue });
        continue;
      }
      writeFileSync(path.join(dir, fileName), `${JSON.stringify(file, null, 2)}\n`);
      result.files += 1;
    }
    options.onProgress?.({ casesDone: result.cases, elapsedMs: performance.now() - started });
  }
  result.leftOut = [...unplaced].sort();
  return { ...result, elapsedMs: performance.now() - started };
}

type Read = (query: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

interface BuiltFile {
  fileName: string;
  file: { case: Record<string, unknown>; nodes: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
}

/** One page of cases: their relationships, then every node they need, fetched label by label. */
async function caseFilesOf(page: GraphRow[], read: Read, problems: FileProblem[]): Promise<BuiltFile[]> {
  const caseIds = page.map((row) => row.id);
  const relationshipRows = (await read(cypher.relationshipsOfCases(relationshipTypeNames), {
    caseIds,
  })) as unknown as RelationshipGraphRow[];
  const byCase = new Map<string, RelationshipGraphRow[]>(caseIds.map((id) => [id, []]));
  for (const row of relationshipRows) byCase.get(row.props.caseId as string)?.push(row);

  const built: {
    fileName: string;
    caseFields: Record<string, unknown>;
    relationships: Record<string, unknown>[];
    unlinked: string[];
  }[] = [];
  for (const row of page) {
    const fileName = fileNameOf(row.id);
    try {
      const relationships = (byCase.get(row.id) ?? []).map(relationshipFields).sort(compareRelationships);
      const unlinked = Array.isArray(row.props.unlinkedNodeIds) ? (row.props.unlinkedNodeIds as string[]) : [];
      built.push({ fileName, caseFields: caseFields(row), relationships, unlinked });
    } catch (error) {
      if (!(error instanceof UnmappedPropertyError)) throw error;
      problems.push({ file: fileName, path: "$", code: "unmapped_property", message: error.message });
    }
  }
  const nodes = await nodesReachable(
    built.flatMap((b) => [...referencedIds(b.caseFields), ...b.relationships.flatMap(referencedIds), ...b.unlinked]),
    read,
  );
  return built.map((b) => {
    const needed = closure(
      [...referencedIds(b.caseFields), ...b.relationships.flatMap(referencedIds), ...b.unlinked],
      nodes,
    );
    const fileNodes = [...needed]
      .flatMap((id): Record<string, unknown>[] => {
        const node = nodes.get(id);
        return node ? [node] : [];
      })
      .sort(compareNodes);
    return { fileName: b.fileName, file: { case: b.caseFields, nodes: fileNodes, relationships: b.relationships } };
  });
}

/** These nodes, and the nodes they refer to in turn, read once per label per round. */
async function nodesReachable(ids: string[], read: Read): Promise<Map<string, Record<string, unknown>>> {
  const nodes = new Map<string, Record<string, unknown>>();
  let wanted = new Set(ids);
  while (wanted.size > 0) {
    const byLabel = new Map<NodeLabel, string[]>();
    for (const id of wanted) {
      const label = labelOfId(id) as NodeLabel;
      const ids = byLabel.get(label) ?? [];
      ids.push(id);
      byLabel.set(label, ids);
    }
    const next = new Set<string>();
    for (const [label, ids] of byLabel) {
      for (const row of (await read(cypher.nodesById(label), { ids })) as unknown as GraphRow[]) {
        const node = nodeFields(label, row);
        nodes.set(row.id, node);
        for (const id of referencedIds(node)) if (!nodes.has(id) && !wanted.has(id)) next.add(id);
      }
    }
    wanted = next;
  }
  return nodes;
}

/** Ids one case file must declare: what its case and relationships name, and what those nodes name. */
function closure(ids: string[], nodes: ReadonlyMap<string, Record<string, unknown>>): Set<string> {
  const needed = new Set<string>();
  const pending = [...ids];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (needed.has(id)) continue;
    needed.add(id);
    const node = nodes.get(id);
    if (node) pending.push(...referencedIds(node));
  }
  return needed;
}
