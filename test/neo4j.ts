import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createDriver } from "../platform/db/driver.ts";
import { resetGraph } from "../seed/index.ts";

/** A driver for the test database provided by the global setup. Close it in afterAll. */
export function testDriver(): Driver {
  return createDriver({ uri: inject("neo4jUri"), user: inject("neo4jUser"), password: inject("neo4jPassword") });
}

export async function clearGraph(driver: Driver): Promise<void> {
  await resetGraph(driver);
}
