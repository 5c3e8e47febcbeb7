import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../platform/config.ts";
import { createDriver } from "../../../platform/db/driver.ts";
import { logger } from "../../../platform/logger.ts";
import { startTestServer, type TestServer } from "../../../test/http.ts";
import { testDriver } from "../../../test/neo4j.ts";
import { createApp } from "../../app.ts";

describe("GET /api/health", () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = testDriver();
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it("answers 200 with the Neo4j version", async () => {
    const res = await fetch(`${server.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });

  it("answers 503 problem+json with Retry-After when Neo4j is unreachable", async () => {
    // A driver pointed at a port nobody listens on stands in for a Neo4j that has gone away.
    const deadDriver = createDriver({ uri: "bolt://127.0.0.1:9", password: undefined });
    const config = loadConfig({ NEO4J_URI: "bolt://127.0.0.1:9", LOG_LEVEL: "silent" });
    const app = createApp({
      db: {
        driver: deadDriver,
        name: undefined,
        uri: config.NEO4J_URI ?? "",
        version: "?",
        embedded: undefined,
        close: async () => {},
      },
      config,
      log: logger,
    });
    const listener = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => listener.once("listening", resolve));
    try {
      const address = listener.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${address.port}/api/health`);
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      const body = await res.json();
      expect(body).toMatchObject({ status: 503, title: "Service Unavailable" });
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    } finally {
      listener.close();
      await deadDriver.close();
    }
  });

  it("has a trivial /api/version that touches nothing", async () => {
    const res = await fetch(`${server.baseUrl}/api/version`);
    expect(await res.json()).toMatchObject({ name: "policy-graph" });
  });
});
