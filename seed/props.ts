/** A value Neo4j can store as a property: a primitive or a homogeneous list of primitives. */
export type PropertyValue = string | number | boolean | string[] | number[] | boolean[];

/**
 * Turns a parsed schema object into Neo4j properties. Nested plain objects are flattened one level
 * with a camelCase prefix (`normalized: {value, unit}` → `normalizedValue`, `normalizedUnit`), because
 * Neo4j has no map properties; lists of objects (e.g. `people: [{name, role}]`) are kept whole as a JSON
 * string under `<key>Json`. undefined and null are dropped so `SET n += props` never erases a value.
 */
export function toNeo4jProps(
  input: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(input)) {
    if (omit.includes(key) || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      out[`${key}Json`] = JSON.stringify(value);
    } else if (isPlainObject(value)) {
      for (const [innerKey, innerValue] of Object.entries(value)) {
        if (innerValue === undefined || innerValue === null) continue;
        out[`${key}${innerKey[0]?.toUpperCase()}${innerKey.slice(1)}`] = asPropertyValue(
          `${key}.${innerKey}`,
          innerValue,
        );
      }
    } else {
      out[key] = asPropertyValue(key, value);
    }
  }
  return out;
}

function asPropertyValue(path: string, value: unknown): PropertyValue {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value as number[];
  if (Array.isArray(value) && value.every((v) => typeof v === "boolean")) return value as boolean[];
  throw new TypeError(`toNeo4jProps: ${path} cannot be stored as a Neo4j property`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
