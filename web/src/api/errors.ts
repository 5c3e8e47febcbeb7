import type { Problem } from "./types.ts";

/**
 * A problem as the client meets it: our server always sends the contract's whole Problem, but a proxy or a dead
 * server answers with a bare status, so only title and status are sure.
 */
export type ClientProblem = Pick<Problem, "title" | "status"> & Partial<Omit<Problem, "title" | "status">>;

/** A non-2xx answer: carries the problem+json body (or one made up from the status when the body is not one). */
export class ApiError extends Error {
  constructor(
    readonly problem: ClientProblem,
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

function isProblem(body: unknown): body is ClientProblem {
  return typeof body === "object" && body !== null && "title" in body && "status" in body;
}

/** Turns a failed response's body into a Problem, whatever it was. */
export function toProblem(status: number, statusText: string, body: unknown): ClientProblem {
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
