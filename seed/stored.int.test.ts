import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphMeta, storedCase } from "../graph-schema/index.ts";
import { seedFixture } from "../test/fixture.ts";
import { testDriver } from "../test/neo4j.ts";

/** Properties as Neo4j returns them, temporals and integers in their string and number forms. */
function plain(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      typeof value === "object" && value !== null && !Array.isArray(value) ? String(value) : value,
    ]),
  );
}

describe("the stored graph after a seed matches graph-schema/stored.ts", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await seedFixture(driver, 3);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("holds exactly one GraphMeta node, guarded by a uniqueness constraint", async () => {
    const { records } = await driver.executeQuery("MATCH (m:GraphMeta) RETURN properties(m) AS p");
    expect(records).toHaveLength(1);
    expect(graphMeta.safeParse(plain(records[0]?.get("p"))).error?.issues ?? []).toEqual([]);
    const constraints = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name = 'graph_meta_id' RETURN name",
    );
    expect(constraints.records).toHaveLength(1);
  });

  it("stores every case with its region path and the time it was loaded", async () => {
    const { records } = await driver.executeQuery("MATCH (c:Case) RETURN properties(c) AS p");
    for (const record of records) {
      const parsed = storedCase.required({ loadedAt: true }).safeParse(plain(record.get("p")));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });
});
