import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../platform/db/driver.ts";
import { createReader } from "../platform/db/read.ts";
import { testDriver } from "./neo4j.ts";

/* The cluster and Aura code path. A neo4j:// driver asks the server for a routing table and sends reads to its
   readers, writes to its writer; on a cluster the readers are followers and read replicas, which refuse writes.
   CI also runs the whole integration suite with NEO4J_URI=neo4j://… (test/with-neo4j.ts). */

let driver: Driver;
let routed: Driver;

beforeAll(() => {
  driver = testDriver();
  const uri = inject("neo4jUri").replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:");
  routed = createDriver({ uri, user: inject("neo4jUser"), password: inject("neo4jPassword") });
});

afterAll(async () => {
  await routed?.close();
  await driver?.close();
});

const probes = async () =>
  (await driver.executeQuery("MATCH (n:RoutingProbe) RETURN count(n) AS n")).records[0]?.get("n").toNumber();

describe("routing", () => {
  it("runs the app's reads in read transactions, which refuse writes as a follower would", async () => {
    const reader = createReader(routed, { timeoutMs: 5_000 });
    await expect(reader.read("CREATE (:RoutingProbe) RETURN 1")).rejects.toThrow(/read access mode|not allowed/i);
    expect(await probes()).toBe(0);
  });

  it("routes reads and writes through the server's routing table", async () => {
    const write = await routed.executeQuery("CREATE (p:RoutingProbe) RETURN p", {}, { routing: "WRITE" });
    const read = await routed.executeQuery("MATCH (p:RoutingProbe) RETURN count(p) AS n", {}, { routing: "READ" });
    // Served by addresses from the routing table; the read sees the write through the driver's bookmarks even
    // where the reader is another cluster member.
    expect(write.summary.server.address).toMatch(/:\d+$/);
    expect(read.summary.server.address).toMatch(/:\d+$/);
    expect(read.records[0]?.get("n").toNumber()).toBe(1);
    await driver.executeQuery("MATCH (p:RoutingProbe) DELETE p");
  });
});
