import { z } from "zod";
import { anyId, idPattern, type NodeLabel, nodeLabels } from "../graph-schema/index.ts";

/*
 * Request building blocks. Every query value arrives as text, and each helper accepts exactly what its published
 * JSON Schema says, no more and no less: a client (or a fuzzer) that follows the OpenAPI document is never
 * refused, and one that breaks it is never let through. Lengths count code points, as JSON Schema does.
 */

const DECIMAL = /^-?\d+$/;

/** A decimal integer in [min, max]; "", "1.5", "1e3" and " 2" are not integers. */
export function integer(min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && DECIMAL.test(value) ? Number(value) : value),
    z.number({ error: "expected an integer" }).int().min(min).max(max),
  );
}

/**
 * `integer` with a default. The description names the default: JSON Schema's `default` would have to be the
 * text form, which zod does not render for a value parsed from text.
 */
export function integerOr(min: number, max: number, fallback: number, description = `${min}..${max}`) {
  return integer(min, max).default(fallback).describe(`${description}; default ${fallback}`);
}

export function limitParam(fallback: number, max: number, description = `1..${max}`) {
  return integerOr(1, max, fallback, description);
}

export const offsetParam = integerOr(0, 1_000_000, 0);

export const yearParam = integer(1900, 2100);

/** true/false (or 1/0), default false. */
export function flag(description: string) {
  return z
    .enum(["true", "false", "1", "0"])
    .transform((value) => value === "true" || value === "1")
    .default(false)
    .describe(`${description}; default false`);
}

export const includeSyntheticParam = flag("include synthetic (generated) cases");

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Text of min..max characters counted as code points (zod's own length checks count UTF-16 units, which makes
 * an emoji two characters and would refuse text the document allows).
 */
export function boundedText(min: number, max: number) {
  return z
    .string()
    .refine((text) => codePoints(text) >= min, { message: `must be at least ${min} character(s)`, abort: true })
    .refine((text) => codePoints(text) <= max, { message: `must be at most ${max.toLocaleString("en")} characters` })
    .meta({ minLength: min, maxLength: max });
}

/** What JavaScript's trim() removes: the class is spelled out so every regex engine reads it alike. */
export const WHITESPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff";

/** Spaces and tabs around list items are ignored; nothing else is. */
const PAD = "[ \\t]*";

/**
 * A comma-separated list of items matching `item` (a regex source without anchors). Empty items and spaces
 * around items are ignored, so `Case, Measure,` is two labels. An unknown item is reported at its index
 * (`query.types.1`); the document's pattern says the same in one expression.
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, itemPattern: string, maxLength: number) {
  const element = `${PAD}(${itemPattern})?${PAD}`;
  return z
    .string()
    .max(maxLength)
    .transform((text) =>
      text
        .split(",")
        .map((part) => part.replace(/^[ \t]+|[ \t]+$/g, ""))
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item))
    .meta({ pattern: `^${element}(,${element})*$` });
}

const labelPattern = nodeLabels.join("|");

/** Comma-separated node labels, whitelisted against graph-schema (they end up in Cypher as labels). */
export const labelListParam = commaList(z.enum(nodeLabels as [NodeLabel, ...NodeLabel[]]), labelPattern, 400).describe(
  `comma-separated labels: ${nodeLabels.join(", ")}`,
);

/** The id pattern without its anchors, for use inside larger patterns. */
export const idItemPattern = idPattern.source.replace(/^\^|\$$/g, "");

/**
 * Comma-separated ids. 4,000 characters keep the whole URL inside Node's 16 KiB header limit even when every
 * `:` and `,` is percent-encoded, so a request the document allows is never refused for its size (431).
 */
export const idListParam = commaList(anyId, idItemPattern, 4_000).describe("comma-separated ids");

/** Any graph id as a path segment or query value. */
export const nodeIdParam = anyId.describe("a graph id, e.g. measure:daiban-bangban");
