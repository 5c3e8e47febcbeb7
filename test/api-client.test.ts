import { describe, expect, it } from "vitest";
import { ContractViolation, checkAnswer } from "./api-client.ts";

describe("checkAnswer", () => {
  const json = "application/json; charset=utf-8";
  const problem = "application/problem+json; charset=utf-8";

  it("accepts an answer that matches its operation's response schema", () => {
    expect(() =>
      checkAnswer("get", "/api/version", 200, json, { name: "policy-graph", version: "0.1.0" }),
    ).not.toThrow();
  });

  it("rejects a success body with a missing or an extra field", () => {
    expect(() => checkAnswer("get", "/api/version", 200, json, { name: "policy-graph" })).toThrow(ContractViolation);
    expect(() =>
      checkAnswer("get", "/api/version", 200, json, { name: "policy-graph", version: "1", extra: true }),
    ).toThrow(/extra/);
  });

  it("finds the operation of a path with parameters", () => {
    expect(() => checkAnswer("get", "/api/cases/case:a/compare/case:b", 200, json, { a: 1 })).toThrow(
      /GET \/api\/cases\/case:a\/compare\/case:b/,
    );
  });

  it("holds every error to the problem+json shape and content type", () => {
    const body = { type: "about:blank", title: "Not Found", status: 404, detail: "node not found: case:x" };
    expect(() => checkAnswer("get", "/api/nodes/case:x", 404, problem, body)).not.toThrow();
    expect(() => checkAnswer("get", "/api/nodes/case:x", 404, json, body)).toThrow(/problem\+json/);
    expect(() => checkAnswer("get", "/api/nodes/case:x", 404, problem, { status: 404 })).toThrow(ContractViolation);
  });
});
