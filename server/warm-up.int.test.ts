import pino from "pino";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "../test/seeded-api.ts";
import { warmUp, warmUpPaths } from "./warm-up.ts";

describe("warm-up after start", () => {
  const { baseUrl } = useSeededApi(0);

  it("asks for every view's first read of two real cases, and every answer is a success", async () => {
    const result = await warmUp(baseUrl(), pino({ level: "silent" }));
    expect(result.failed).toEqual([]);
    expect(result.requests).toBe(warmUpPaths("case:a", "case:b").length + 1);
  });

  it("stops when aborted, and reports no failure for the requests it never made", async () => {
    const stop = new AbortController();
    stop.abort();
    const result = await warmUp(baseUrl(), pino({ level: "silent" }), stop.signal);
    expect(result.failed.every((f) => f.startsWith("/api/cases?limit=2"))).toBe(true);
  });
});
