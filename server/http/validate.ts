import type { Request } from "express";
import type { z } from "zod";
import { ValidationError } from "./problem.ts";

/**
 * Parses one part of a request with its zod schema and returns the parsed value, which is what
 * the handler must use from then on (coerced numbers, defaults, trimmed strings).
 */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parsePart(schema, req.query, "query");
}

export function parseParams<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parsePart(schema, req.params, "params");
}

export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.output<S> {
  return parsePart(schema, req.body, "body");
}

function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(where, parsed.error.issues);
  return parsed.data;
}
