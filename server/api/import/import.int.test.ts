import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts, syntheticCases } from "../../../seed/index.ts";
import { getJson, postJson } from "../../../test/api-client.ts";
import { seedFixture } from "../../../test/fixture.ts";
import { startTestServer, type TestServer } from "../../../test/http.ts";
import { testDriver } from "../../../test/neo4j.ts";

const TOKEN = "test-token-0123456789abcdef";

describe("POST /api/cases", () => {
  let driver: Driver;
  let server: TestServer;
  let readOnly: TestServer;
  const [newCase] = [...syntheticCases({ count: 1, seed: 4242, startAt: 900_001 })];

  beforeAll(async () => {
    driver = testDriver();
    await seedFixture(driver, 5);
    server = await startTestServer(driver, { API_TOKEN: TOKEN });
    readOnly = await startTestServer(driver);
  });
  afterAll(async () => {
    await server.close();
    await readOnly.close();
    await driver.close();
  });

  it("refuses writes without a configured token, a header, or with a wrong token, and writes nothing", async () => {
    const before = await graphCounts(driver);
    expect((await postJson(readOnly.baseUrl, "/api/cases", newCase, TOKEN)).status).toBe(403);
    const missing = await postJson(server.baseUrl, "/api/cases", newCase);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await postJson(server.baseUrl, "/api/cases", newCase, `${TOKEN}x`)).status).toBe(401);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("rejects a case file that fails validation, naming the field, and writes nothing", async () => {
    const before = await graphCounts(driver);
    if (!newCase) throw new Error("no case");
    const broken = {
      ...newCase,
      relationships: [
        ...newCase.relationships,
        { type: "FEATURES", from: newCase.case.id, to: "measure:not-in-taxonomy", section: "x", evidence: "made up" },
      ],
    };
    const res = await postJson<{ errors: { path: string; message: string }[] }>(
      server.baseUrl,
      "/api/cases",
      broken,
      TOKEN,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toContain(`body.relationships.${broken.relationships.length - 1}.to`);
    const malformed = await postJson(server.baseUrl, "/api/cases", "{not json", TOKEN);
    expect(malformed.status).toBe(400);
    const huge = await postJson(server.baseUrl, "/api/cases", { case: { title: "x".repeat(3_000_000) } }, TOKEN);
    expect(huge.status).toBe(413);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it("loads a valid case whole, and reads see it at once", async () => {
    if (!newCase) throw new Error("no case");
    const statsBefore = await getJson<{ cases: { synthetic: number } }>(server.baseUrl, "/api/stats");
    const res = await postJson<{ id: string; elements: number }>(server.baseUrl, "/api/cases", newCase, TOKEN);
    expect(res.status).toBe(201);
    expect(res.body.id).toBe(newCase.case.id);
    expect(res.body.elements).toBeGreaterThan(newCase.relationships.length);
    const statsAfter = await getJson<{ cases: { synthetic: number } }>(server.baseUrl, "/api/stats");
    expect(statsAfter.body.cases.synthetic).toBe(statsBefore.body.cases.synthetic + 1);
    const detail = await getJson<{ measures: unknown[] }>(server.baseUrl, `/api/cases/${newCase.case.id}`);
    expect(detail.status).toBe(200);
    const featured = new Set(newCase.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to));
    expect(new Set(detail.body.measures.map((m) => (m as { id: string }).id))).toEqual(featured);
  });

  it("is idempotent: posting the same case again changes no counts", async () => {
    const before = await graphCounts(driver);
    expect((await postJson(server.baseUrl, "/api/cases", newCase, TOKEN)).status).toBe(201);
    expect(await graphCounts(driver)).toEqual(before);
  });
});
