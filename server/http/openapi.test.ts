import { describe, expect, it } from "vitest";
import { errorStatuses, operations } from "../../contract/index.ts";
import type { ApiContext } from "../api/context.ts";
import { registerApiRoutes } from "../api/index.ts";
import { openApiDocument, openApiPath } from "./openapi.ts";
import { RouteRegistry } from "./route.ts";

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
};
const doc = openApiDocument(operations) as unknown as Doc;

describe("the OpenAPI document", () => {
  // The published document is reviewed as a file: any change to a contract schema shows up here as a diff
  // (run `npx vitest run server/http/openapi.test.ts -u` to accept it).
  it("matches the committed snapshot", async () => {
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot("__snapshots__/openapi.json");
  });

  it("lists exactly the operations the server mounts", () => {
    const api = new RouteRegistry();
    registerApiRoutes(api, { cache: {}, reader: {}, db: {} } as unknown as ApiContext);
    const mounted = api.routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(mounted).toEqual(
      Object.values(operations)
        .map((op) => `${op.method} ${op.path}`)
        .sort(),
    );
  });

  it("documents every status an operation can answer, errors as problem+json", () => {
    for (const op of Object.values(operations)) {
      const responses = doc.paths[openApiPath(op.path)]?.[op.method]?.responses ?? {};
      expect(Object.keys(responses).sort()).toEqual([op.success, ...errorStatuses(op)].map(String).sort());
      for (const status of errorStatuses(op)) {
        expect(Object.keys(responses[status]?.content ?? {})).toEqual(["application/problem+json"]);
      }
    }
  });

  it("publishes the id patterns and label enums that requests are checked with", () => {
    const node = doc.paths["/api/nodes/{id}"]?.get as unknown as {
      parameters: { name: string; schema: { pattern?: string } }[];
    };
    expect(node.parameters.find((p) => p.name === "id")?.schema.pattern).toMatch(/^\^\(case\|source/);
    expect(JSON.stringify(doc.paths["/api/graph"])).toContain("TaskForce|Measure");
    expect(Object.keys(doc.paths["/api/docs"]?.get?.responses["200"]?.content ?? {})).toEqual(["text/html"]);
  });
});
