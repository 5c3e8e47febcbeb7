import { describe, expect, it } from "vitest";
import { measureIdAliases } from "../../graph-schema/index.ts";
import { q } from "../../test/api-client.ts";
import { type Json, useSeededApi } from "../../test/seeded-api.ts";

const DINGHAI = "case:dinghai-2022-03";
const DINGHAI_TASK_FORCE = "taskforce:dinghai-2022-03:jutai";

describe("read API against real Neo4j with the seeded cases: graph, search, nodes, cases", () => {
  const { fixture, get } = useSeededApi();

  describe("GET /api/stats", () => {
    it("counts real and synthetic cases separately, and labels and types", async () => {
      const { status, body } = await get("/api/stats");
      expect(status).toBe(200);
      expect(body.cases).toEqual({ real: fixture.real.length, synthetic: fixture.synthetic.length });
      expect(body.labels.Case).toBe(fixture.real.length + fixture.synthetic.length);
      const features = [...fixture.real, ...fixture.synthetic]
        .flatMap((c) => c.relationships)
        .filter((r) => r.type === "FEATURES");
      expect(body.relationships.FEATURES).toBe(features.length);
    });
  });

  describe("GET /api/search", () => {
    it("finds 代办帮办 (whose wordings include 全程代办) for 代办", async () => {
      const { body } = await get(`/api/search?q=${q("代办")}`);
      const proxy = body.hits.find((h: Json) => h.name === "代办帮办");
      expect(proxy).toMatchObject({ type: "Measure" });
      const detail = await get(`/api/nodes/${proxy.id}`);
      expect(detail.body.node.aliases).toContain("全程代办");
    });

    it("finds a 发展和改革局 for 发改 and respects the type filter", async () => {
      const { body } = await get(`/api/search?q=${q("发改")}&types=Department`);
      expect(body.hits.length).toBeGreaterThan(0);
      expect(body.hits.every((h: Json) => h.type === "Department")).toBe(true);
      expect(body.hits.some((h: Json) => String(h.name).includes("发展和改革局"))).toBe(true);
    });

    it("finds English glosses by prefix and hides synthetic nodes unless asked", async () => {
      const { body } = await get(`/api/search?q=${q("proxy hand")}`);
      expect(body.hits.some((h: Json) => h.name === "代办帮办")).toBe(true);
      const real = await get(`/api/search?q=${q("示例")}&limit=50`);
      expect(real.body.hits).toEqual([]);
      const withSynthetic = await get(`/api/search?q=${q("示例")}&limit=50&includeSynthetic=true`);
      expect(withSynthetic.body.hits.length).toBeGreaterThan(0);
    });

    it("rejects an empty query and an unknown type with 400 problem+json naming the field", async () => {
      const empty = await get("/api/search?q=");
      expect(empty.status).toBe(400);
      expect(empty.headers.get("content-type")).toContain("application/problem+json");
      expect(empty.body.errors.map((e: Json) => e.path)).toContain("query.q");
      const badType = await get(`/api/search?q=x&types=Case,Nope`);
      expect(badType.status).toBe(400);
      expect(badType.body.errors[0].path).toBe("query.types.1");
    });
  });

  describe("GET /api/nodes/:id", () => {
    it("groups a task force's relationships by type with provenance", async () => {
      const { status, body } = await get(`/api/nodes/${DINGHAI_TASK_FORCE}`);
      expect(status).toBe(200);
      expect(body.node.type).toBe("TaskForce");
      expect(body.relationships.MEMBER_OF).toHaveLength(7);
      const [led] = body.relationships.LED_BY;
      expect(led.direction).toBe("out");
      expect(led.properties.role).toContain("区委常委");
      expect(led.provenance).toMatchObject({ caseId: DINGHAI, section: expect.stringMatching(/\S/) });
      expect(led.provenance.evidence.length).toBeGreaterThan(2);
    });

    it("resolves a measure id the taxonomy review retired to the measure that took its place", async () => {
      for (const [retired, current] of Object.entries(measureIdAliases)) {
        const { status, body } = await get(`/api/nodes/${retired}`);
        expect(status).toBe(200);
        expect(body.node.id).toBe(current);
        const around = await get(`/api/nodes/${retired}/neighbors?depth=1&limit=50`);
        expect(around.status).toBe(200);
        expect(around.body.nodes.map((n: Json) => n.id)).toContain(current);
      }
    });

    it("answers 404 for an unknown id and 400 for a malformed one", async () => {
      expect((await get("/api/nodes/measure:no-such-measure")).status).toBe(404);
      const malformed = await get(`/api/nodes/${q("MATCH (n) DETACH DELETE n")}`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].path).toBe("params.id");
    });
  });

  describe("GET /api/nodes/:id/neighbors", () => {
    it("returns the case's measures and task force one hop out, links ready for a layout", async () => {
      const { body } = await get(`/api/nodes/${DINGHAI}/neighbors?depth=1&limit=500`);
      const ids = new Set(body.nodes.map((n: Json) => n.id));
      expect(ids.has(DINGHAI)).toBe(true);
      const dinghai = fixture.real.find((c) => c.case.id === DINGHAI);
      for (const rel of dinghai?.relationships.filter((r) => r.type === "FEATURES") ?? [])
        expect(ids.has(rel.to)).toBe(true);
      for (const link of body.links) {
        expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      }
      expect(body.truncated).toBe(false);
    });

    it("pages a dense node: limited pages are disjoint and marked truncated", async () => {
      const first = await get(`/api/nodes/${DINGHAI}/neighbors?limit=5`);
      const second = await get(`/api/nodes/${DINGHAI}/neighbors?limit=5&offset=5`);
      expect(first.body.truncated).toBe(true);
      const firstIds = first.body.nodes.map((n: Json) => n.id).filter((id: string) => id !== DINGHAI);
      const secondIds = second.body.nodes.map((n: Json) => n.id).filter((id: string) => id !== DINGHAI);
      expect(firstIds).toHaveLength(5);
      expect(secondIds.some((id: string) => firstIds.includes(id))).toBe(false);
    });

    it("rejects depth 4", async () => {
      const { status, body } = await get(`/api/nodes/${DINGHAI}/neighbors?depth=4`);
      expect(status).toBe(400);
      expect(body.errors[0].path).toBe("query.depth");
    });
  });

  describe("GET /api/graph", () => {
    it("gives the real cases' subgraph without synthetic nodes by default", async () => {
      const { body } = await get("/api/graph");
      expect(body.nodes.some((n: Json) => n.id === DINGHAI_TASK_FORCE)).toBe(true);
      expect(body.nodes.some((n: Json) => n.synthetic)).toBe(false);
      const all = await get("/api/graph?includeSynthetic=true");
      expect(all.body.nodes.length).toBeGreaterThan(body.nodes.length);
    });

    it("caps the case links at limit and says so", async () => {
      const { body } = await get("/api/graph?limit=5");
      expect(body.truncated).toBe(true);
      expect(body.links.filter((l: Json) => l.type !== "IN_CATEGORY")).toHaveLength(5);
      const ids = new Set(body.nodes.map((n: Json) => n.id));
      for (const link of body.links) expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
      expect((await get("/api/graph")).body.truncated).toBe(false);
    });

    it("restricts to chosen cases and labels", async () => {
      const { body } = await get(`/api/graph?cases=${DINGHAI}&types=Case,Measure`);
      const types = new Set(body.nodes.map((n: Json) => n.type));
      expect([...types].sort()).toEqual(["Case", "Measure"]);
      expect(body.links.every((l: Json) => l.type === "FEATURES" && l.caseId === DINGHAI)).toBe(true);
      const title = fixture.real.find((c) => c.case.id === DINGHAI)?.case.title;
      expect(body.links.every((l: Json) => l.caseTitle === title)).toBe(true);
    });
  });

  describe("GET /api/cases and /api/cases/:id", () => {
    it("lists real cases by default and all with includeSynthetic", async () => {
      expect((await get("/api/cases")).body.total).toBe(fixture.real.length);
      const all = await get("/api/cases?includeSynthetic=true&limit=5");
      expect(all.body.total).toBe(fixture.real.length + fixture.synthetic.length);
      expect(all.body.cases).toHaveLength(5);
      expect(typeof all.body.cases[0].year).toBe("number");
    });

    it("returns the Dinghai case with source reliability, figures, task force and departments", async () => {
      const { body } = await get(`/api/cases/${DINGHAI}`);
      expect(body.case.year).toBe(2022);
      expect(body.sources.map((s: Json) => s.reliability).sort()).toContain("gov");
      const figures = body.projects.flatMap((p: Json) => p.figures);
      expect(figures.some((f: Json) => f.metric === "investment" && f.value === 35 && f.unit === "亿元")).toBe(true);
      const [taskForce] = body.taskForces;
      expect(taskForce.leader.role).toContain("区委常委");
      expect(taskForce.members.map((m: Json) => m.kind).sort()).toEqual(
        [
          "development-reform",
          "ecology-environment",
          "economy-it",
          "housing-construction",
          "park-admin",
          "port-shipping",
          "transport",
        ].sort(),
      );
      expect(body.departments.length).toBeGreaterThanOrEqual(8);
      expect(body.measures.some((m: Json) => m.name === "代办帮办" && m.section === "dinghai › 摘要")).toBe(true);
    });

    it("answers 404 for an unknown case", async () => {
      expect((await get("/api/cases/case:nope")).status).toBe(404);
    });
  });

  describe("GET /api/cases/:a/compare/:b", () => {
    it("splits measures into shared and one-sided, agreeing with the files", async () => {
      const other = "case:sutong-sige-2025";
      const { body } = await get(`/api/cases/${DINGHAI}/compare/${other}`);
      const measuresOf = (id: string) =>
        new Set(
          fixture.real
            .find((c) => c.case.id === id)
            ?.relationships.filter((r) => r.type === "FEATURES")
            .map((r) => r.to),
        );
      const a = measuresOf(DINGHAI);
      const b = measuresOf(other);
      expect(body.measures.shared.map((m: Json) => m.id).sort()).toEqual([...a].filter((id) => b.has(id)).sort());
      expect(body.measures.onlyB.map((m: Json) => m.id).sort()).toEqual([...b].filter((id) => !a.has(id)).sort());
      expect(body.similarity).toBeGreaterThan(0);
      expect(body.similarity).toBeLessThan(1);
    });
  });
});
