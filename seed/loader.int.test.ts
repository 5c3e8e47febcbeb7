import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearGraph, testDriver } from "../test/neo4j.ts";
import { graphCounts } from "./counts.ts";
import { loadCases, MissingEndpointError } from "./loader.ts";
import { planCase } from "./plan.ts";
import { seedCases } from "./seed.ts";
import { syntheticCases } from "./synthetic.ts";

const caseIdsIn = async (driver: Driver) =>
  (await driver.executeQuery("MATCH (c:Case) RETURN c.id AS id ORDER BY id")).records.map((r) => r.get("id"));

describe("loader against real Neo4j", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(async () => {
    await clearGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it("is idempotent: loading the same cases twice gives the same counts", async () => {
    const cases = [...syntheticCases({ count: 30, seed: 7 })];
    await seedCases(driver, cases, { casesPerTransaction: 7 });
    const first = await graphCounts(driver);
    await seedCases(driver, cases, { casesPerTransaction: 11 });
    expect(await graphCounts(driver)).toEqual(first);
    expect(first.labels.Case).toBe(30);
    const features = cases.reduce((n, c) => n + c.relationships.filter((r) => r.type === "FEATURES").length, 0);
    expect(first.relationships.FEATURES).toBe(features);
  });

  it("batched and row-at-a-time writes produce the same graph", async () => {
    const cases = [...syntheticCases({ count: 12, seed: 3 })];
    await seedCases(driver, cases, { mode: "row" });
    const rowCounts = await graphCounts(driver);
    await clearGraph(driver);
    await seedCases(driver, cases, { mode: "batched" });
    expect(await graphCounts(driver)).toEqual(rowCounts);
  });

  it("writes every relationship with its provenance", async () => {
    const [file] = [...syntheticCases({ count: 1, seed: 1 })];
    if (!file) throw new Error("no synthetic case");
    await seedCases(driver, [file]);
    const { records } = await driver.executeQuery(
      "MATCH ()-[r]->() WHERE type(r) <> 'IN_CATEGORY' RETURN r.caseId AS caseId, r.section AS section, r.evidence AS evidence",
    );
    expect(records.length).toBe(file.relationships.length);
    for (const record of records) {
      expect(record.get("caseId")).toBe(file.case.id);
      expect(record.get("section")).toMatch(/\S/);
      expect(record.get("evidence")).toMatch(/\S/);
    }
  });

  it("drops a stored year when a reloaded case no longer has one", async () => {
    const [file] = [...syntheticCases({ count: 1, seed: 5 })];
    if (!file) throw new Error("no synthetic case");
    await seedCases(driver, [file]);
    const unknownYear = {
      ...file,
      case: { ...file.case, year: null, yearLocator: undefined, flags: [{ field: "year", note: "年份未注明" }] },
    };
    await seedCases(driver, [unknownYear]);
    const { records } = await driver.executeQuery("MATCH (c:Case {id: $id}) RETURN c.year AS year", {
      id: file.case.id,
    });
    expect(records[0]?.get("year")).toBeNull();
  });

  it("leaves nothing of a batch whose transaction fails mid-way, and keeps earlier batches", async () => {
    const cases = [...syntheticCases({ count: 6, seed: 11 })].map((file) => planCase(file));
    const broken = cases[4];
    if (!broken) throw new Error("missing case");
    // The last relationship points at a node that exists nowhere: its MATCH finds nothing mid-transaction.
    broken.relationships.push({
      ...(broken.relationships[0] as (typeof broken.relationships)[number]),
      to: "source:does-not-exist",
      section: "x",
    });
    await seedCases(driver, [], {});
    await expect(loadCases(driver, cases, { casesPerTransaction: 3 })).rejects.toBeInstanceOf(MissingEndpointError);
    // Batch 1 (cases 1-3) committed; batch 2 (cases 4-6, holding the broken one) left no trace at all.
    expect(await caseIdsIn(driver)).toEqual(cases.slice(0, 3).map((p) => p.caseId));
    const leftovers = await driver.executeQuery("MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n", {
      ids: cases
        .slice(3)
        .flatMap((p) =>
          p.nodes
            .filter(
              (n) =>
                !n.id.startsWith("region:") &&
                !n.id.startsWith("dept:") &&
                !n.id.startsWith("industry:") &&
                !n.id.startsWith("park:"),
            )
            .map((n) => n.id),
        ),
    });
    expect(Number(leftovers.records[0]?.get("n"))).toBe(0);
    const stray = await driver.executeQuery("MATCH ()-[r]->() WHERE r.caseId IN $ids RETURN count(r) AS n", {
      ids: cases.slice(3).map((p) => p.caseId),
    });
    expect(Number(stray.records[0]?.get("n"))).toBe(0);
  });

  it("reloading a changed case replaces its relationships instead of piling them up", async () => {
    const [file] = [...syntheticCases({ count: 1, seed: 5 })];
    if (!file) throw new Error("no synthetic case");
    await seedCases(driver, [file]);
    const fewer = { ...file, relationships: file.relationships.filter((r) => r.type !== "FEATURES") };
    await seedCases(driver, [fewer]);
    const counts = await graphCounts(driver);
    expect(counts.relationships.FEATURES ?? 0).toBe(0);
    expect(counts.labels.Case).toBe(1);
  });

  it("concurrent loads of overlapping cases end with the same graph as one load: no duplicates, nothing lost", async () => {
    const cases = [...syntheticCases({ count: 24, seed: 21 })];
    await seedCases(driver, cases);
    const expected = await graphCounts(driver);
    await clearGraph(driver);
    await seedCases(driver, []);
    const plans = cases.map((file) => planCase(file));
    // Four writers, each with an overlapping slice, some cases loaded by three writers at once.
    const slices = [plans.slice(0, 12), plans.slice(6, 18), plans.slice(12, 24), plans.slice(0, 24).reverse()];
    await Promise.all(slices.map((slice) => loadCases(driver, slice, { casesPerTransaction: 3 })));
    expect(await graphCounts(driver)).toEqual(expected);
  });
});
