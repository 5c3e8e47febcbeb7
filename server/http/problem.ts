import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import { Neo4jError } from "neo4j-driver";
import type { z } from "zod";
import { issuesOf, type SchemaIssue } from "../../graph-schema/index.ts";
import { OverloadedError } from "../../platform/db/limiter.ts";
import type { Logger } from "../../platform/logger.ts";

/** An error that already knows its HTTP status; everything else becomes a 500 without details. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors: SchemaIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "HttpError";
  }
}

export class NotFoundError extends HttpError {
  constructor(detail: string) {
    super(404, "Not Found", detail);
  }
}

export class ValidationError extends HttpError {
  constructor(where: string, issues: z.core.$ZodIssue[]) {
    const errors = issuesOf({ issues }, where);
    super(400, "Bad Request", `invalid ${where}: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`, errors);
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(detail: string, retryAfterSeconds = 5) {
    super(503, "Service Unavailable", detail, [], { "Retry-After": String(retryAfterSeconds) });
  }
}

export function sendProblem(res: Response, error: HttpError, instance?: string): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res
    .status(error.status)
    .type("application/problem+json")
    .json({
      type: "about:blank",
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(instance ? { instance } : {}),
      ...(error.errors.length > 0 ? { errors: error.errors } : {}),
    });
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Maps database failures to HTTP: unreachable → 503, timeouts → 503, the rest → 500 without internals. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof OverloadedError) {
    return new HttpError(429, "Too Many Requests", error.message, [], {
      "Retry-After": String(error.retryAfterSeconds),
    });
  }
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.retriable) {
      return new ServiceUnavailableError("the graph database is unavailable; try again shortly");
    }
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
      return new ServiceUnavailableError("the query took too long and was stopped", 2);
    }
    if (/ConstraintValidationFailed/.test(error.code)) {
      return new HttpError(409, "Conflict", "the write conflicts with existing data");
    }
  }
  const client = error as { status?: number; expose?: boolean; message?: string };
  // body-parser and the router mark client errors with a 4xx status (a bad percent-escape, a huge body);
  // their message is shown only when they mark it safe to expose.
  if (typeof client?.status === "number" && client.status >= 400 && client.status < 500) {
    const title = client.status === 413 ? "Payload Too Large" : "Bad Request";
    return new HttpError(client.status, title, client.expose && client.message ? client.message : "malformed request");
  }
  return new HttpError(500, "Internal Server Error", "unexpected error; see the server log for the request id");
}

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const http = toHttpError(error);
    // A 503 is an expected answer while Neo4j is away (warn); any other 5xx is a bug (error).
    if (http.status === 503)
      log.warn({ reqId: req.id, url: req.originalUrl, reason: http.message }, "service unavailable");
    else if (http.status >= 500) log.error({ err: error, reqId: req.id, url: req.originalUrl }, "request failed");
    if (res.headersSent) return;
    sendProblem(res, http, req.originalUrl);
  };
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, new NotFoundError(`no route for ${req.method} ${req.path}`), req.originalUrl);
};
