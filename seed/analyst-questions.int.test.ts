import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseFile } from "../graph-schema/index.ts";
import { seedFixture } from "../test/fixture.ts";
import { testDriver } from "../test/neo4j.ts";

/*
 * The analysts' three questions, asked of the seeded graph in plain Cypher (what a Neo4j Browser user would
 * type), with the expected answers read from the case files rather than written down here.
 */
describe("analysts' questions in Cypher", () => {
  let driver: Driver;
  let real: CaseFile[];
  const rows = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { routing: "READ" })).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = testDriver();
    ({ real } = await seedFixture(driver, 0));
  });
  afterAll(async () => {
    await driver.close();
  });

  it("which departments joined the Dinghai project task force, and who led it", async () => {
    const [answer] = await rows(
      `MATCH (c:Case {id: 'case:dinghai-2022-03'})-[:ABOUT]->(p:Project)<-[:SERVES]-(t:TaskForce)
       MATCH (t)-[l:LED_BY]->(leader:Department)
       MATCH (d:Department)-[m:MEMBER_OF]->(t)
       RETURN t.name AS taskForce, leader.name AS leader, l.role AS role, l.section AS section,
              collect(DISTINCT d.kind) AS memberKinds`,
    );
    const file = real.find((c) => c.case.id === "case:dinghai-2022-03");
    const expectedKinds = file?.relationships
      .filter((r) => r.type === "MEMBER_OF")
      .map((r) => file.nodes.find((n) => n.id === r.from))
      .map((n) => (n?.label === "Department" ? n.kind : undefined));
    expect(answer?.taskForce).toContain("专班");
    expect(answer?.role).toContain("区委常委");
    expect(answer?.section).toBe("dinghai › 主要做法 › 一 › 3");
    const memberKinds = (answer?.memberKinds ?? []) as string[];
    expect([...memberKinds].sort()).toEqual([...new Set(expectedKinds)].sort());
    expect(memberKinds).toHaveLength(7);
  });

  it("which measures recur across cases, and which the Dinghai case shares with others", async () => {
    const shared = await rows(
      `MATCH (:Case {id: 'case:dinghai-2022-03'})-[:FEATURES]->(m:Measure)<-[:FEATURES]-(other:Case)
       WHERE other.id <> 'case:dinghai-2022-03'
       RETURN m.id AS measure, count(DISTINCT other) AS otherCases ORDER BY otherCases DESC, measure`,
    );
    const casesWith = (measure: string) =>
      real.filter((c) => c.relationships.some((r) => r.type === "FEATURES" && r.to === measure)).length;
    expect(shared.length).toBeGreaterThan(5);
    for (const row of shared) expect(Number(row.otherCases)).toBe(casesWith(row.measure as string) - 1);
    expect(shared.map((r) => r.measure)).toContain("measure:proxy-service");
  });

  it("how practices link across cases: Dinghai reaches a case in another province through a shared measure", async () => {
    const [path] = await rows(
      `MATCH (a:Case {id: 'case:dinghai-2022-03'}), (b:Case {id: 'case:sutong-sige-2025'})
       MATCH p = shortestPath((a)-[:FEATURES*..2]-(b))
       RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | r.evidence] AS evidence`,
    );
    const ids = (path?.ids ?? []) as string[];
    expect(ids).toHaveLength(3);
    expect(ids[1]).toMatch(/^measure:/);
    for (const evidence of (path?.evidence ?? []) as string[]) expect(evidence.length).toBeGreaterThan(2);
  });

  it("has the cjk analyzer and a full-text index that finds 全程代办 for 代办", async () => {
    const analyzers = await rows("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer RETURN analyzer");
    expect(analyzers.map((a) => a.analyzer)).toContain("cjk");
    const hits = await rows(
      "CALL db.index.fulltext.queryNodes('node_names', '代办') YIELD node RETURN node.id AS id, node.aliases AS aliases",
    );
    const proxy = hits.find((h) => h.id === "measure:proxy-service");
    expect(proxy?.aliases).toContain("全程代办");
  });
});
