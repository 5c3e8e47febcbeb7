import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { loadTimeProperties } from "./export-props.ts";

/**
 * The whole graph as sorted lines, one per node (labels and properties) and one per relationship (type,
 * endpoint ids, properties), without internal ids and without what a load stamps (loadedAt, loadId, the
 * GraphMeta version node). Two graphs with the same dump hold the same data. Held in memory: for test-sized
 * graphs (tens of thousands of elements), not for 100k cases.
 */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
  digest: string;
}

export async function graphDump(driver: Driver, database?: string): Promise<GraphDump> {
  const query = async (text: string) =>
    (await driver.executeQuery(text, {}, { database, routing: "READ" })).records.map((r) => r.toObject());
  const nodes = (await query("MATCH (n) WHERE NOT n:GraphMeta RETURN labels(n) AS labels, properties(n) AS props")).map(
    (row) => canonicalJson([[...(row.labels as string[])].sort(), withoutLoadStamps(row.props)]),
  );
  const relationships = (
    await query("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props")
  ).map((row) => canonicalJson([row.type, row.from, row.to, row.props]));
  nodes.sort();
  relationships.sort();
  const digest = createHash("sha256").update(nodes.join("\n")).update("\n--\n").update(relationships.join("\n"));
  return { nodes, relationships, digest: digest.digest("hex") };
}

function withoutLoadStamps(props: unknown): Record<string, unknown> {
  const out = { ...(props as Record<string, unknown>) };
  for (const key of loadTimeProperties.any) delete out[key];
  return out;
}

/** JSON with object keys sorted and Neo4j integers as numbers, so equal values always print the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}
