import { findOperation, problem } from "../contract/index.ts";

/**
 * Small fetch helpers for integration tests: JSON in, status and JSON out. Every answer from /api is checked
 * against the contract on the way: a success body must parse with its operation's response schema, an error
 * body with the problem+json schema. A server that drifts from the contract fails the test that saw it.
 */
export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export class ContractViolation extends Error {
  constructor(where: string, issues: readonly { path: PropertyKey[]; message: string }[]) {
    super(
      `${where} does not match the contract:\n${issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
    this.name = "ContractViolation";
  }
}

/** Parses `body` with the schema the contract gives `method path` for `status`; throws on a mismatch. */
export function checkAnswer(method: string, url: string, status: number, contentType: string, body: unknown): void {
  const { pathname } = new URL(url, "http://localhost");
  if (!pathname.startsWith("/api/")) return;
  const op = findOperation(method, pathname.slice("/api".length));
  const where = `${method.toUpperCase()} ${pathname} → ${status}`;
  if (status >= 400) {
    if (!contentType.startsWith("application/problem+json"))
      throw new Error(`${where}: not problem+json (${contentType})`);
    const parsed = problem.safeParse(body);
    if (!parsed.success) throw new ContractViolation(where, parsed.error.issues);
    return;
  }
  if (!op || status !== op.success) return;
  const parsed = op.response.safeParse(body);
  if (!parsed.success) throw new ContractViolation(where, parsed.error.issues);
}

async function answer<T>(res: Response, method: string, url: string): Promise<ApiResponse<T>> {
  const text = await res.text();
  const body = (text ? JSON.parse(text) : null) as T;
  checkAnswer(method, url, res.status, res.headers.get("content-type") ?? "", body);
  return { status: res.status, headers: res.headers, body };
}

export async function getJson<T = Record<string, unknown>>(baseUrl: string, path: string): Promise<ApiResponse<T>> {
  return answer<T>(await fetch(`${baseUrl}${path}`), "get", `${baseUrl}${path}`);
}

export async function postJson<T = Record<string, unknown>>(
  baseUrl: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<ApiResponse<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return answer<T>(res, "post", `${baseUrl}${path}`);
}

export const q = (text: string) => encodeURIComponent(text);
