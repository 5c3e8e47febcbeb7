import type { Driver } from "neo4j-driver";
import { nodeLabels, relationshipTypeNames } from "../graph-schema/index.ts";
import { countByLabel, countByRelationshipType } from "./cypher.ts";

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export async function graphCounts(driver: Driver, database?: string): Promise<GraphCounts> {
  const toRecord = (records: { get(key: string): unknown }[]) =>
    Object.fromEntries(records.map((r) => [r.get("name") as string, Number(r.get("count"))]));
  const [labels, relationships] = await Promise.all([
    driver.executeQuery(countByLabel(nodeLabels), {}, { database, routing: "READ" }),
    driver.executeQuery(countByRelationshipType(relationshipTypeNames), {}, { database, routing: "READ" }),
  ]);
  return { labels: toRecord(labels.records), relationships: toRecord(relationships.records) };
}

export function formatCounts(counts: GraphCounts): string {
  const rows = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `  ${name.padEnd(16)} ${String(n).padStart(9)}`)
      .join("\n");
  return `nodes:\n${rows(counts.labels)}\nrelationships:\n${rows(counts.relationships)}`;
}
