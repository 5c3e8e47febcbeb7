import { z } from "zod";
import { anyId, type NodeLabel, nodeLabels } from "../../graph-schema/index.ts";

/* Query-string building blocks shared by the feature schemas. Everything arrives as text. */

export const nodeIdParam = anyId.describe("a graph id, e.g. measure:daiban-bangban");

export function limitParam(defaultValue: number, max: number) {
  return z.coerce.number().int().min(1).max(max).default(defaultValue).describe(`1..${max}, default ${defaultValue}`);
}

export const offsetParam = z.coerce.number().int().min(0).max(1_000_000).default(0);

export const booleanParam = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

export const yearParam = z.coerce.number().int().min(1900).max(2100);

function csv<T extends z.ZodType<unknown, string>>(item: T, max: number) {
  return z
    .string()
    .max(10_000)
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).max(max));
}

/** Comma-separated node labels, whitelisted against graph-schema (they end up in Cypher as labels). */
export const labelListParam = csv(z.enum(nodeLabels as [NodeLabel, ...NodeLabel[]]), nodeLabels.length).describe(
  `comma-separated labels: ${nodeLabels.join(", ")}`,
);

export const idListParam = csv(anyId, 500).describe("comma-separated ids");

export const includeSyntheticParam = booleanParam.default(false).describe("include synthetic (generated) cases");
