import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { getJson } from "./api-client.ts";
import { type Fixture, seedFixture } from "./fixture.ts";
import { startTestServer, type TestServer } from "./http.ts";
import { testDriver } from "./neo4j.ts";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are free-form JSON checked field by field
export type Json = Record<string, any>;

/**
 * A test file's seeded graph and server: the bundled cases plus `syntheticCount` synthetic ones, and the app
 * over them. `fixture` is filled in before the file's tests run; `get` checks every answer against the contract.
 */
export function useSeededApi(syntheticCount = 40) {
  let driver: Driver;
  let server: TestServer;
  const fixture: Fixture = { real: [], synthetic: [] };

  beforeAll(async () => {
    driver = testDriver();
    Object.assign(fixture, await seedFixture(driver, syntheticCount));
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  return {
    fixture,
    baseUrl: () => server.baseUrl,
    get: (path: string) => getJson<Json>(server.baseUrl, path),
  };
}
