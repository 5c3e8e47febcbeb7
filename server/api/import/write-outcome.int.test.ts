import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseFile } from "../../../graph-schema/index.ts";
import { graphCounts, syntheticCases } from "../../../seed/index.ts";
import { postJson } from "../../../test/api-client.ts";
import { seedFixture } from "../../../test/fixture.ts";
import { startTestServer, type TestServer } from "../../../test/http.ts";
import { testDriver } from "../../../test/neo4j.ts";

const TOKEN = "test-token-0123456789abcdef";
const TINY_WRITE_TIMEOUT_MS = 500;

/** What the graph holds of one case: its node and the relationships it stated. */
async function caseInGraph(driver: Driver, caseId: string): Promise<{ cases: number; relationships: number }> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (c:Case {id: $caseId})
     WITH count(c) AS cases
     OPTIONAL MATCH ()-[r]->() WHERE r.caseId = $caseId
     RETURN cases, count(r) AS relationships`,
    { caseId },
  );
  return { cases: Number(records[0]?.get("cases")), relationships: Number(records[0]?.get("relationships")) };
}

/** Holds the write lock on the graph-version node, which every case write takes last, until released. */
async function holdVersionLock(driver: Driver): Promise<() => Promise<void>> {
  const session = driver.session();
  const tx = session.beginTransaction();
  await tx.run("MERGE (m:GraphMeta {id: 'graph'}) SET m.heldByTest = true");
  return async () => {
    await tx.rollback();
    await session.close();
  };
}

/** Resolves once a write transaction of the app is waiting for a lock (a busy machine may take a while to get there). */
async function blockedWriter(driver: Driver): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'policy-graph' AND status STARTS WITH 'Blocked' RETURN count(*) AS n",
    );
    if (Number(records[0]?.get("n")) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("no write transaction got blocked on the held lock");
}

describe("a write's answer is what was committed", () => {
  let driver: Driver;
  let hasty: TestServer;
  let patient: TestServer;
  const [warmUp, contested, twice] = [...syntheticCases({ count: 3, seed: 5151, startAt: 910_001 })] as [
    CaseFile,
    CaseFile,
    CaseFile,
  ];

  beforeAll(async () => {
    driver = testDriver();
    await seedFixture(driver, 5);
    hasty = await startTestServer(driver, { API_TOKEN: TOKEN, WRITE_TIMEOUT_MS: String(TINY_WRITE_TIMEOUT_MS) });
    patient = await startTestServer(driver, { API_TOKEN: TOKEN });
    // The first write of a server also sets up schema and taxonomy, which take the same lock; get it done.
    // On a busy machine even an uncontested write may outlast the tiny timeout, so either answer will do.
    expect([201, 503]).toContain((await postJson(hasty.baseUrl, "/api/cases", warmUp, TOKEN)).status);
    expect((await postJson(patient.baseUrl, "/api/cases", warmUp, TOKEN)).status).toBe(201);
  });
  afterAll(async () => {
    await hasty.close();
    await patient.close();
    await driver.close();
  });

  it("answers 503 with Retry-After only after Neo4j rolled the timed-out write back, leaving nothing", async () => {
    const release = await holdVersionLock(driver);
    const started = performance.now();
    let res: Awaited<ReturnType<typeof postJson<{ status: number; detail: string }>>>;
    try {
      res = await postJson(hasty.baseUrl, "/api/cases", contested, TOKEN);
      // Still holding the lock: had the write gone on in the background, it would be waiting now, not gone.
      expect(await caseInGraph(driver, contested.case.id)).toEqual({ cases: 0, relationships: 0 });
    } finally {
      await release();
    }
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.body.status).toBe(503);
    expect(res.body.detail).toMatch(/rolled back; nothing was written/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(TINY_WRITE_TIMEOUT_MS);
    // Once the lock is gone nothing can commit late either.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await caseInGraph(driver, contested.case.id)).toEqual({ cases: 0, relationships: 0 });
  });

  it("answers 201 only for a write that is in the graph, whole; retrying the failed one is safe", async () => {
    const res = await postJson<{ id: string; elements: number }>(patient.baseUrl, "/api/cases", contested, TOKEN);
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(contested.case.id);
    expect(await caseInGraph(driver, contested.case.id)).toEqual({
      cases: 1,
      relationships: contested.relationships.length,
    });
  });

  it("waits for a lock rather than failing when the timeout allows, and reports the wait in Server-Timing", async () => {
    const release = await holdVersionLock(driver);
    const pending = postJson(patient.baseUrl, "/api/cases", twice, TOKEN);
    await blockedWriter(driver);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await release();
    const res = await pending;
    expect(res.status).toBe(201);
    const timing = res.headers.get("server-timing") ?? "";
    const lockWait = Number(/lock;dur=([\d.]+)/.exec(timing)?.[1]);
    expect(lockWait).toBeGreaterThan(100);
    expect(timing).toMatch(/attempts;desc="1"/);
  });

  it("is idempotent by case id: the same case posted twice at once ends as one case", async () => {
    const before = await graphCounts(driver);
    const answers = await Promise.all([
      postJson(patient.baseUrl, "/api/cases", twice, TOKEN),
      postJson(patient.baseUrl, "/api/cases", twice, TOKEN),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await caseInGraph(driver, twice.case.id)).toEqual({ cases: 1, relationships: twice.relationships.length });
  });
});
