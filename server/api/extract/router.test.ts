import { describe, expect, it } from "vitest";
import { looksBinary } from "../../../contract/extract.ts";
import { HttpError } from "../../http/problem.ts";
import { RouteRegistry } from "../../http/route.ts";
import { parseBody } from "../../http/validate.ts";
import type { ApiContext } from "../context.ts";
import { extractRoutes } from "./router.ts";

// The route is pure computation, so it is exercised through the registry without Express or a database.
const api = new RouteRegistry();
extractRoutes(api, {} as ApiContext);
const route = api.routes.find((r) => r.path === "/extract");

function problemsFor(body: unknown) {
  try {
    parseBody(route?.body, { body } as Parameters<typeof parseBody>[1]);
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, paths: error.errors.map((e) => e.path) };
    throw error;
  }
  return undefined;
}

describe("POST /extract", () => {
  it("is registered as a POST with a body schema", () => {
    expect(route).toMatchObject({ method: "post", tag: "extract" });
  });

  it.each([
    ["empty", { text: "" }],
    ["whitespace only", { text: " \n\t　 " }],
    ["binary with a NUL", { text: "项目\u0000落户" }],
    ["mostly control characters", { text: `${"\u0001".repeat(10)}代办帮办` }],
    ["too long", { text: "字".repeat(200_001) }],
    ["not a string", { text: 42 }],
  ])("rejects %s with a 400 naming body.text", (_name, body) => {
    expect(problemsFor(body)).toEqual({ status: 400, paths: ["body.text"] });
  });

  it("accepts 200,000 characters", () => {
    expect(problemsFor({ text: "字".repeat(200_000) })).toBeUndefined();
  });

  it("returns the draft, items and report", async () => {
    const result = (await route?.handler(
      {
        query: {},
        params: {},
        body: { text: "成立由区委常委任组长的聚泰项目工作专班，统筹发改、住建、港航等部门，实行代办帮办。" },
      },
      {} as never,
      {} as never,
    )) as { draft: { case: { id: string } }; items: { type: string }[]; report: string; problems: unknown[] };
    expect(result.draft.case.id).toMatch(/^case:draft-/);
    expect(result.items.map((i) => i.type)).toContain("taskforce");
    expect(result.report).toContain("工作专班");
    expect(result.problems).toEqual([]);
  });
});

describe("looksBinary", () => {
  it("tolerates a stray form feed in a long text", () => {
    expect(looksBinary(`${"字".repeat(100)}\f`)).toBe(false);
  });
});
