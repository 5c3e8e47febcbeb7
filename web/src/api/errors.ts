import type { Problem } from "./types.ts";

/** A non-2xx answer: carries the problem+json body (or one made up from the status when the body is not one). */
export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly url: string,
  ) {
    super(`${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
    this.name = "ApiError";
  }

  /** Seconds to wait before retrying (503/429 with Retry-After), when the server said so. */
  retryAfter?: number;
}

/** The request never got an answer (network down, server not running). */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`request failed: ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "NetworkError";
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === "object" && body !== null && "title" in body && "status" in body;
}

/** Turns a failed response's body into a Problem, whatever it was. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (isProblem(body)) return body;
  return { title: statusText || "Error", status, detail: typeof body === "string" ? body.slice(0, 300) : undefined };
}

/** One line per problem for the error banner: the title and detail, then each field error. */
export function describeError(error: unknown): string[] {
  if (error instanceof ApiError) {
    const { problem } = error;
    const head = `${problem.status} ${problem.title}${problem.detail ? ` — ${problem.detail}` : ""}`;
    return [head, ...(problem.errors ?? []).map((e) => `${e.path}: ${e.message} (${e.code})`)];
  }
  if (error instanceof Error) return [error.message];
  return [String(error)];
}
