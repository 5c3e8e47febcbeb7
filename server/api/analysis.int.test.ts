import { describe, expect, it } from "vitest";
import { casesFeaturing } from "../../test/fixture.ts";
import { type Json, useSeededApi } from "../../test/seeded-api.ts";

const DINGHAI = "case:dinghai-2022-03";
const DINGHAI_TASK_FORCE = "taskforce:dinghai-2022-03:jutai";

describe("read API against real Neo4j with the seeded cases: measures, task forces, paths, docs", () => {
  const { fixture, get, baseUrl } = useSeededApi();

  describe("GET /api/measures/recurrence", () => {
    it("counts distinct real cases per measure, most recurrent first", async () => {
      const { body } = await get("/api/measures/recurrence");
      expect(body.totalCases).toBe(fixture.real.length);
      const counts = body.measures.map((m: Json) => m.caseCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      for (const measure of body.measures.slice(0, 10)) {
        expect(measure.cases.map((c: Json) => c.id).sort()).toEqual(casesFeaturing(fixture.real, measure.id));
        expect(measure.share).toBeCloseTo(measure.caseCount / fixture.real.length, 6);
      }
    });

    it("filters by category, region (with sub-regions), years and minCases", async () => {
      const category = await get("/api/measures/recurrence?category=category:finance");
      expect(category.body.measures.every((m: Json) => m.category === "category:finance")).toBe(true);
      const zhoushan = await get("/api/measures/recurrence?region=region:zhoushan");
      const dinghaiCases = fixture.real.filter((c) =>
        ["region:dinghai", "region:zhoushan", "region:xiaosha", "region:daishan"].includes(c.case.regionId),
      );
      expect(zhoushan.body.totalCases).toBeGreaterThanOrEqual(dinghaiCases.length);
      expect(zhoushan.body.totalCases).toBeLessThan(fixture.real.length);
      const years = await get("/api/measures/recurrence?yearFrom=2022&yearTo=2022");
      expect(years.body.totalCases).toBe(fixture.real.filter((c) => c.case.year === 2022).length);
      const min = await get("/api/measures/recurrence?minCases=3");
      expect(min.body.measures.every((m: Json) => m.caseCount >= 3)).toBe(true);
      expect((await get("/api/measures/recurrence?yearFrom=twenty")).status).toBe(400);
    });
  });

  describe("GET /api/measures/cooccurrence", () => {
    it("counts case pairs with Jaccard and lift", async () => {
      const { body } = await get("/api/measures/cooccurrence?minCount=2");
      expect(body.pairs.length).toBeGreaterThan(0);
      for (const pair of body.pairs.slice(0, 5)) {
        const both = casesFeaturing(fixture.real, pair.a).filter((id) =>
          casesFeaturing(fixture.real, pair.b).includes(id),
        );
        expect(pair.count).toBe(both.length);
        expect(pair.jaccard).toBeGreaterThan(0);
        expect(pair.jaccard).toBeLessThanOrEqual(1);
      }
    });
  });

  describe("GET /api/taskforces and /api/departments/:id/taskforces", () => {
    it("finds the Dinghai task force through one of its member departments", async () => {
      const { body } = await get("/api/taskforces?department=dept:dinghai:port-shipping");
      const taskForce = body.taskForces.find((t: Json) => t.id === DINGHAI_TASK_FORCE);
      expect(taskForce.case).toMatchObject({ id: DINGHAI });
      expect(taskForce.leader.department.kind).toBe("party-committee");
      expect(taskForce.members).toHaveLength(7);
      expect(taskForce.project.id).toMatch(/^project:/);
    });

    it("filters by case and serves the department route, 404 for an unknown department", async () => {
      const byCase = await get(`/api/taskforces?case=${DINGHAI}`);
      expect(byCase.body.taskForces.map((t: Json) => t.id)).toEqual([DINGHAI_TASK_FORCE]);
      const byDepartment = await get("/api/departments/dept:dinghai:development-reform/taskforces");
      expect(byDepartment.body.taskForces.map((t: Json) => t.id)).toContain(DINGHAI_TASK_FORCE);
      expect((await get("/api/departments/dept:nowhere:development-reform/taskforces")).status).toBe(404);
      const all = await get("/api/taskforces");
      expect(all.body.taskForces.every((t: Json) => !String(t.id).includes("syn-"))).toBe(true);
    });
  });

  describe("GET /api/path", () => {
    it("links two cases through a shared measure within the hop limit", async () => {
      const { body } = await get(`/api/path?from=${DINGHAI}&to=case:sutong-sige-2025&maxHops=4`);
      expect(body.paths.length).toBeGreaterThan(0);
      for (const path of body.paths) {
        expect(path.nodes[0].id).toBe(DINGHAI);
        expect(path.nodes.at(-1).id).toBe("case:sutong-sige-2025");
        expect(path.links.length).toBe(path.nodes.length - 1);
        expect(path.links.length).toBeLessThanOrEqual(4);
      }
    });

    it("answers 404 for an unknown end and 400 for too many hops", async () => {
      expect((await get(`/api/path?from=${DINGHAI}&to=case:nope`)).status).toBe(404);
      expect((await get(`/api/path?from=${DINGHAI}&to=case:nope&maxHops=99`)).status).toBe(400);
    });
  });

  describe("docs", () => {
    it("publishes an OpenAPI document covering every route, and an HTML page", async () => {
      const { body } = await get("/api/openapi.json");
      expect(body.openapi).toBe("3.1.0");
      for (const path of [
        "/api/search",
        "/api/nodes/{id}/neighbors",
        "/api/measures/recurrence",
        "/api/taskforces",
        "/api/path",
      ]) {
        expect(body.paths[path]).toBeDefined();
      }
      const recurrence = body.paths["/api/measures/recurrence"].get.parameters.map((p: Json) => p.name);
      expect(recurrence).toEqual(
        expect.arrayContaining(["category", "region", "yearFrom", "yearTo", "minCases", "includeSynthetic"]),
      );
      const page = await fetch(`${baseUrl()}/api/docs`);
      expect(page.headers.get("content-type")).toContain("text/html");
      expect(await page.text()).toContain("/api/taskforces");
    });
  });
});
