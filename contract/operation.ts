import type { z } from "zod";

/** Statuses an operation may answer with besides its success. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 429 | 431 | 503 | 504;

/**
 * One API operation described once: the server mounts and validates it, the OpenAPI document is generated from
 * it, the integration tests check every answer against it, and the web takes its types from it.
 */
export interface Operation<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: "get" | "post";
  /** Express path below /api, e.g. `/nodes/:id`. */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  /** Requires the bearer token (write endpoints). */
  auth?: boolean;
  /** Answers 404 for an id (in the path or the query) that names no node. */
  notFound?: boolean;
  /** Commits a write: may answer 504 when Neo4j vanished mid-commit and the outcome could not be learned. */
  commits?: boolean;
  /** Longer text for the published document: what the answers mean. */
  description?: string;
  success: 200 | 201;
  /** `text/html` for the readable docs page; JSON otherwise. */
  contentType?: "application/json" | "text/html";
  response: R;
}

/** Keeps the literal types of an operation's schemas, so handlers and clients are typed by them. */
export function operation<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  spec: Operation<Q, P, B, R>,
): Operation<Q, P, B, R> {
  return spec;
}

/** Every status an operation can answer with other than its success, derived from what it takes. */
export function errorStatuses(op: Operation): ErrorStatus[] {
  const statuses: ErrorStatus[] = [];
  if (op.query || op.params || op.body) statuses.push(400);
  if (op.auth) statuses.push(401, 403);
  if (op.notFound) statuses.push(404);
  if (op.body) statuses.push(413);
  // Every route is rate-limited, bounded in header size and time-limited; reads may find Neo4j away.
  statuses.push(429, 431, 503);
  if (op.commits) statuses.push(504);
  return statuses;
}

/** The body type a successful answer of `op` carries. */
export type ResponseOf<O> = O extends Operation<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;

/** Query parameters as a client passes them (text, numbers and lists before the server's parsing). */
export type QueryOf<O> = O extends Operation<infer Q> ? z.input<Q> : never;
