import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CaseFile, slugOfId } from "../graph-schema/index.ts";
import { formatProblem, validateCaseText } from "./files.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "cases");
const names = readdirSync(dir).filter((f) => f.endsWith(".json"));

/** Validated exactly as the loader does it, so a failure reads as the seed would print it. */
function load(name: string): CaseFile {
  const { data, problems } = validateCaseText(name, readFileSync(join(dir, name), "utf8"));
  if (!data) throw new Error(problems.map(formatProblem).join("\n"));
  return data;
}

/** Property order must not matter when comparing the copies of a shared node. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );
}

describe("seed case files", () => {
  it.each(names)("%s validates against the case-file schema", (name) => {
    expect(() => load(name)).not.toThrow();
  });

  const files = new Map(names.map((n) => [n, load(n)]));

  it("names each file after its case id", () => {
    for (const [name, file] of files) expect(`${slugOfId(file.case.id)}.json`).toBe(name);
  });

  it("repeats shared nodes with identical properties in every file", () => {
    const first = new Map<string, { file: string; value: string }>();
    const mismatches: string[] = [];
    for (const [name, file] of files) {
      for (const node of file.nodes) {
        const value = canonical(node);
        const seen = first.get(node.id);
        if (!seen) first.set(node.id, { file: name, value });
        else if (seen.value !== value) mismatches.push(`${node.id}: ${seen.file} vs ${name}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("leaves no node unconnected", () => {
    const orphans: string[] = [];
    for (const [name, file] of files) {
      const used = new Set(file.relationships.flatMap((r) => [r.from, r.to]));
      for (const node of file.nodes) if (!used.has(node.id)) orphans.push(`${name}: ${node.id}`);
    }
    expect(orphans).toEqual([]);
  });

  it("flags a conflict as two figures, not one", () => {
    const linyang = files.get("nantong-linyang-topcon-2023.json");
    const capacities = linyang?.nodes.filter((n) => n.label === "Figure" && n.metric === "capacity") ?? [];
    expect(capacities.map((n) => (n.label === "Figure" ? n.value : undefined)).sort()).toEqual([12, 20]);
  });
});

describe("Dinghai seed case", () => {
  const file = load("dinghai-2022-03.json");
  const rels = (type: string) => file.relationships.filter((r) => r.type === type);
  const taskForce = file.nodes.find((n) => n.label === "TaskForce");

  it("has the task force led by the district committee with a 区委常委 as 组长", () => {
    expect(taskForce?.name).toBe("浙江聚泰项目工作专班");
    const led = rels("LED_BY").find((r) => r.from === taskForce?.id);
    expect(led?.to).toBe("dept:dinghai:party-committee");
    expect(led && "role" in led ? led.role : "").toMatch(/区委常委.*组长/);
  });

  it("has all seven member departments", () => {
    const members = rels("MEMBER_OF")
      .filter((r) => r.to === taskForce?.id)
      .map((r) => r.from)
      .sort();
    expect(members).toEqual([
      "dept:dinghai-industrial-park:park-admin",
      "dept:dinghai:development-reform",
      "dept:dinghai:ecology-environment",
      "dept:dinghai:economy-it",
      "dept:dinghai:housing-construction",
      "dept:dinghai:port-shipping",
      "dept:dinghai:transport",
    ]);
  });

  it("keeps the sub-park inside the industrial park and the region chain up to China", () => {
    const partOf = rels("PART_OF").map((r) => `${r.from} > ${r.to}`);
    expect(partOf).toEqual(
      expect.arrayContaining([
        "park:dinghai-new-materials-park > park:dinghai-industrial-park",
        "region:dinghai > region:zhoushan",
        "region:zhoushan > region:zhejiang",
        "region:zhejiang > region:china",
      ]),
    );
  });

  it("cites three sources: the case itself and two mirrors", () => {
    const sources = file.nodes.filter((n) => n.label === "Source");
    expect(sources.map((s) => (s.label === "Source" ? s.reliability : "")).sort()).toEqual(["gov", "mirror", "mirror"]);
  });
});
