import { describe, expect, it } from "vitest";
import { createApi, type Fetch } from "./client.ts";
import { ApiError, describeError, NetworkError } from "./errors.ts";
import { withQuery } from "./query.ts";

function fakeFetch(respond: (url: string) => Response): { fetch: Fetch; urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch: async (url) => {
      urls.push(url);
      return respond(url);
    },
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("query strings", () => {
  it("drops empty values and joins lists with commas", () => {
    expect(withQuery("/api/x", { a: "1", b: null, c: undefined, d: "", e: [], f: ["x", "y"], g: false, h: 0 })).toBe(
      "/api/x?a=1&f=x%2Cy&g=false&h=0",
    );
    expect(withQuery("/api/x")).toBe("/api/x");
  });
});

describe("API client", () => {
  it("calls the contract's paths and unwraps list envelopes", async () => {
    const fake = fakeFetch((url) =>
      url.startsWith("/api/search")
        ? json({ hits: [{ id: "measure:a", type: "Measure", name: "代办帮办", score: 1 }] })
        : json({ taskForces: [] }),
    );
    const api = createApi("", fake.fetch);
    expect((await api.search("代办", { limit: 5 }))[0]?.name).toBe("代办帮办");
    expect(await api.taskForces({ department: "dept:x" })).toEqual([]);
    await api.neighbors("case:a", { depth: 1, limit: 150, offset: 300 }).catch(() => undefined);
    await api.compare("case:a", "case:b").catch(() => undefined);
    expect(fake.urls).toEqual([
      "/api/search?q=%E4%BB%A3%E5%8A%9E&limit=5",
      "/api/taskforces?department=dept%3Ax",
      "/api/nodes/case%3Aa/neighbors?depth=1&limit=150&offset=300",
      "/api/cases/case%3Aa/compare/case%3Ab",
    ]);
  });

  it("turns problem+json into an ApiError with field errors and Retry-After", async () => {
    const problem = {
      type: "about:blank",
      title: "Service Unavailable",
      status: 503,
      detail: "Neo4j is down",
      errors: [{ path: "query.q", code: "too_small", message: "required" }],
    };
    const api = createApi("", fakeFetch(() => json(problem, 503, { "retry-after": "5" })).fetch);
    const error = await api.node("case:a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.status).toBe(503);
    expect((error as ApiError).retryAfter).toBe(5);
    expect(describeError(error)).toEqual(["503 Service Unavailable — Neo4j is down", "query.q: required (too_small)"]);
  });

  it("copes with a non-JSON error body", async () => {
    const api = createApi(
      "",
      fakeFetch(() => new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" })).fetch,
    );
    const error = (await api.categories().catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toEqual({ title: "Bad Gateway", status: 502, detail: "<html>bad gateway</html>" });
  });

  it("reports network failures as NetworkError", async () => {
    const api = createApi("", async () => {
      throw new TypeError("fetch failed");
    });
    await expect(api.graph()).rejects.toBeInstanceOf(NetworkError);
  });

  it("posts JSON to the write endpoints, with the bearer token only where it belongs", async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const api = createApi("", async (url, init) => {
      calls.push({ url, init });
      return url === "/api/cases"
        ? json(
            { type: "about:blank", title: "Unauthorized", status: 401, detail: "a valid bearer token is required" },
            401,
          )
        : json({ draft: {}, items: [], report: "", problems: [] });
    });
    await api.extract("全程代办");
    const error = await api.importCase({} as never, "secret").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.status).toBe(401);
    const [extract, load] = calls;
    expect(extract?.init?.method).toBe("POST");
    expect(JSON.parse(String(extract?.init?.body))).toEqual({ text: "全程代办" });
    expect(extract?.init?.headers).not.toHaveProperty("authorization");
    expect(load?.init?.headers).toMatchObject({ authorization: "Bearer secret", "content-type": "application/json" });
  });
});
