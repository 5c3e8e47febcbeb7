import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDriver } from "../../test/neo4j.ts";
import { serverVersion } from "./driver.ts";

describe("real Neo4j through neo4j-driver", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it("reports a 5.x server version", async () => {
    expect(await serverVersion(driver)).toMatch(/^5\.\d+\.\d+/);
  });

  it("writes a node in one transaction and reads it back in another", async () => {
    const marker = `probe-${Date.now()}-${Math.random()}`;
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run("CREATE (:Probe {marker: $marker, n: 41 + 1})", { marker }));
      const read = await session.executeRead((tx) =>
        tx.run("MATCH (p:Probe {marker: $marker}) RETURN p.n AS n", { marker }),
      );
      expect(read.records.map((r) => r.get("n").toNumber())).toEqual([42]);
      await session.executeWrite((tx) => tx.run("MATCH (p:Probe {marker: $marker}) DELETE p", { marker }));
      const after = await session.executeRead((tx) =>
        tx.run("MATCH (p:Probe {marker: $marker}) RETURN count(p) AS c", { marker }),
      );
      expect(after.records[0]?.get("c").toNumber()).toBe(0);
    } finally {
      await session.close();
    }
  });
});
