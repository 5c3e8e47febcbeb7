import neo4j from "neo4j-driver";

/**
 * Neo4j values → plain JSON, in one place: integers become numbers (ours are counts and years, far inside
 * 2^53), temporals ISO strings, nodes and relationships their properties. Properties stored as `<key>Json`
 * (lists of objects, see graph-schema/stored.ts) are parsed back under `<key>`.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isTemporal(value)) return value.toString();
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return plainProperties((value as { properties: Record<string, unknown> }).properties);
  }
  return plainProperties(value as Record<string, unknown>);
}

export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(properties)) {
    if (key.endsWith("Json") && typeof raw === "string") {
      try {
        out[key.slice(0, -4)] = JSON.parse(raw);
        continue;
      } catch {
        // Not ours after all: keep the string as it is.
      }
    }
    out[key] = toPlain(raw);
  }
  return out;
}

function isTemporal(value: object): value is { toString(): string } {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
