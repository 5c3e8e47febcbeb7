import neo4j from "neo4j-driver";
import type { z } from "zod";

/*
 * The inverse of seed/props.ts, driven by the graph-schema zod shape of the label: a nested object field
 * (`normalized`) is gathered back from its camelCase-prefixed properties, a list of objects (`people`) is parsed
 * back from `<key>Json`, a nullable field the graph lacks is null, every other field is read as it is. A property the shape has no field for is an error,
 * unless the loader writes it at load time (below): dropping it silently would lose data.
 */

/** Properties the loader derives or stamps; a reload writes them again, so they are not part of a case file. */
export const loadTimeProperties = {
  any: ["loadedAt", "loadId"],
  /** Derived from the file (seed/plan.ts): the PART_OF chain, and the nodes nothing links to (the export adds those). */
  Case: ["regionPath", "unlinkedNodeIds"],
  /** Every node a synthetic case brings is marked synthetic by the loader; in a file only the case says so. */
  notCase: ["synthetic"],
  /** The loader fills caseId into every relationship from the file it is in. */
  relationship: ["caseId"],
} as const;

export class UnmappedPropertyError extends Error {
  constructor(
    readonly elementId: string,
    readonly property: string,
  ) {
    super(`export: ${elementId}: property ${property} has no field in the case-file format`);
    this.name = "UnmappedPropertyError";
  }
}

type Shape = Record<string, z.ZodType>;

/** Graph properties → the fields of `shape`, in the shape's order; `skip` lists properties to drop. */
export function fromNeo4jProps(
  elementId: string,
  props: Record<string, unknown>,
  shape: Shape,
  skip: readonly string[],
): Record<string, unknown> {
  const unused = new Set(Object.keys(props).filter((key) => !skip.includes(key)));
  const take = (key: string) => {
    unused.delete(key);
    return plainValue(props[key]);
  };
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    if (skip.includes(field)) continue;
    const inner = unwrap(schema);
    if (inner.def.type === "object") {
      const innerShape = (inner as unknown as z.ZodObject).shape as Shape;
      const nested: Record<string, unknown> = {};
      for (const innerKey of Object.keys(innerShape)) {
        const key = `${field}${innerKey[0]?.toUpperCase()}${innerKey.slice(1)}`;
        if (key in props) nested[innerKey] = take(key);
      }
      if (Object.keys(nested).length > 0) out[field] = nested;
    } else if (`${field}Json` in props && isListOfObjects(inner)) {
      out[field] = JSON.parse(String(take(`${field}Json`)));
    } else if (field in props) {
      out[field] = take(field);
    } else if (schema.def.type === "nullable") {
      // Neo4j cannot store null: a required-but-nullable field (a case's unsourced `year`) is stored absent.
      out[field] = null;
    }
  }
  const [extra] = unused;
  if (extra !== undefined) throw new UnmappedPropertyError(elementId, extra);
  return out;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current.def.type === "optional" || current.def.type === "default") {
    current = (current.def as unknown as { innerType: z.ZodType }).innerType;
  }
  return current;
}

function isListOfObjects(schema: z.ZodType): boolean {
  if (schema.def.type !== "array") return false;
  return unwrap((schema.def as unknown as { element: z.ZodType }).element).def.type === "object";
}

/** Integers (a property written by Cypher rather than by the loader) become numbers; lists element-wise. */
function plainValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plainValue);
  return value;
}
