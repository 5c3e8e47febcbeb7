import { describe, expect, it } from "vitest";
import { extractCase } from "../../../extract/index.ts";
import { caseFileSchema } from "../../../graph-schema/case-file.ts";
import { inventedCaseText } from "../../../test/e2e/invented-case.ts";
import type { CaseFileInput } from "../api/types.ts";
import { checkAssembled, placeOf } from "./import-check.ts";
import { type Assembled, assembleCase, emptyReview, needsRewrite, type Review, renameId } from "./import-draft.ts";
import { type ReviewRow, reviewRows, rowOfItem } from "./import-rows.ts";

const { draft, items } = extractCase(inventedCaseText);
const rows = reviewRows(items, draft);
const slug = draft.case.id.slice("case:".length);

const row = (type: string, pick: (r: ReviewRow) => boolean = () => true): ReviewRow => {
  const found = rows.find((r) => r.type === type && pick(r));
  if (!found) throw new Error(`no ${type} row`);
  return found;
};
const nodeIds = (file: CaseFileInput) => new Set(file.nodes.map((n) => n.id));
const rels = (a: Assembled, type: string) => a.file.relationships.filter((r) => r.type === type);

/** Every evidence and the summary rewritten, as a reviewer finishing the page would leave them. */
function rewritten(review: Review): Review {
  const first = assembleCase(draft, rows, review);
  const evidence = { ...review.evidence };
  first.relKeys.forEach((key, i) => {
    evidence[key] = `转述第${i + 1}条：${first.file.relationships[i]?.type}`;
  });
  return { ...review, evidence, caseEdit: { ...review.caseEdit, summary: "园区以全程代办和专班推进电池项目落地。" } };
}

describe("review rows", () => {
  it("groups mentions of one finding and says what rejecting it removes", () => {
    const proxy = row("measure", (r) => r.target === "measure:proxy-service");
    expect(proxy.role).toBe("measure");
    expect(proxy.mentions.map((i) => items[i]?.text)).toEqual(["全程代办", "全程代办服务"]);
    expect(row("taskforce").role).toBe("node");
    expect(row("leader").role).toBe("leader");
    expect(row("region").role).toBe("none");
    const park = row("park");
    expect(park.mentions).toHaveLength(2);
    expect(rowOfItem(rows).get(park.mentions[1] as number)).toBe(park);
  });
});

describe("assembleCase", () => {
  it("leaves the draft as it is when nothing was decided, and does not mutate it", () => {
    const before = structuredClone(draft);
    const a = assembleCase(draft, rows, emptyReview());
    expect(a.file).toEqual(draft);
    expect(draft).toEqual(before);
    expect(a.pending.length).toBe(draft.relationships.length);
    expect(a.summaryPending).toBe(true);
  });

  it("passes the server's schema once every evidence and the summary are rewritten", () => {
    const a = assembleCase(draft, rows, rewritten(emptyReview()));
    expect(a.pending).toEqual([]);
    expect(checkAssembled(a)).toEqual([]);
    expect(caseFileSchema.safeParse(a.file).success).toBe(true);
  });

  it("removes a rejected measure's links only", () => {
    const weekly = row("measure", (r) => r.target === "measure:coordination-meeting");
    const a = assembleCase(draft, rows, { ...emptyReview(), status: { [weekly.key]: "rejected" } });
    expect(rels(a, "FEATURES").map((r) => r.to)).not.toContain("measure:coordination-meeting");
    expect(a.file.relationships.length).toBe(draft.relationships.length - 1);
    expect(a.file.nodes).toEqual(draft.nodes);
  });

  it("removes a rejected task force with its links, and the departments left with no link", () => {
    const tf = row("taskforce");
    const a = assembleCase(draft, rows, rewritten({ ...emptyReview(), status: { [tf.key]: "rejected" } }));
    const ids = nodeIds(a.file);
    expect(ids.has(tf.ref as string)).toBe(false);
    expect(a.file.relationships.some((r) => r.from === tf.ref || r.to === tf.ref)).toBe(false);
    expect(ids.has(`dept:${slug}:development-reform`)).toBe(false);
    // 管委会 had no link in the draft either: it stays, as the extractor left it.
    expect(ids.has(`dept:${slug}:park-admin`)).toBe(true);
    expect(checkAssembled(a)).toEqual([]);
  });

  it("drops the figures of a rejected project but keeps the source and region they rely on", () => {
    const project = row("project");
    const a = assembleCase(draft, rows, rewritten({ ...emptyReview(), status: { [project.key]: "rejected" } }));
    const ids = nodeIds(a.file);
    const figures = draft.relationships.filter((r) => r.type === "HAS_FIGURE" && r.from === project.ref);
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures) expect(ids.has(f.to)).toBe(false);
    expect(ids.has(`source:${slug}`)).toBe(true);
    expect(ids.has(draft.case.regionId)).toBe(true);
    expect(rels(a, "HAS_FIGURE").length).toBe(rels(assembleCase(draft, rows, emptyReview()), "HAS_FIGURE").length - 4);
    expect(checkAssembled(a)).toEqual([]);
  });

  it("retargets a measure, keeping the wording only when the new measure knows it", () => {
    const proxy = row("measure", (r) => r.target === "measure:proxy-service");
    const a = assembleCase(draft, rows, {
      ...emptyReview(),
      edits: { [proxy.key]: { measure: "measure:dedicated-liaison" } },
    });
    const retargeted = rels(a, "FEATURES").filter((r) => r.to === "measure:dedicated-liaison");
    expect(retargeted).toHaveLength(2);
    expect(retargeted.every((r) => !("variant" in r) || r.variant === undefined)).toBe(true);
  });

  it("dedupes links that an edit makes identical", () => {
    // 每周调度 and 容缺受理 share a section; retargeted onto one measure whose wordings they are not, both lose their
    // wording and become the same link.
    const weekly = row("measure", (r) => r.target === "measure:coordination-meeting");
    const incomplete = row("measure", (r) => r.target === "measure:incomplete-acceptance");
    const a = assembleCase(draft, rows, {
      ...emptyReview(),
      edits: {
        [weekly.key]: { measure: "measure:department-linkage" },
        [incomplete.key]: { measure: "measure:department-linkage" },
      },
    });
    expect(rels(a, "FEATURES").filter((r) => r.to === "measure:department-linkage")).toHaveLength(1);
    expect(a.file.relationships.length).toBe(draft.relationships.length - 1);
    expect(a.relKeys).toHaveLength(a.file.relationships.length);
    expect(checkAssembled(rewrittenOf(a))).toEqual([]);
  });

  it("renames nodes, retypes departments, rewrites the leader post and the case fields", () => {
    const company = row("company");
    const dept = row("department", (r) => r.target.endsWith(":housing-construction"));
    const leader = row("leader");
    const a = assembleCase(draft, rows, {
      ...emptyReview(),
      edits: {
        [company.key]: { name: "江澜新能源" },
        [dept.key]: { kind: "commerce" },
        [leader.key]: { role: "区委常委、常务副区长 (组长)" },
      },
      caseEdit: { title: "青湾区新能源电池项目", year: 2023, yearUncertain: false, regionName: "青湾区" },
    });
    const node = (id: string | undefined) => a.file.nodes.find((n) => n.id === id);
    expect(node(company.ref)?.name).toBe("江澜新能源");
    expect(node(dept.ref)).toMatchObject({ kind: "commerce" });
    expect(rels(a, "LED_BY")[0]).toMatchObject({ role: "区委常委、常务副区长 (组长)" });
    expect(a.file.case).toMatchObject({
      title: "青湾区新能源电池项目",
      name: "青湾区新能源电池项目",
      flags: [],
    });
    expect(node(draft.case.regionId)?.name).toBe("青湾区");
  });

  it("adds a measure and a member department, and skips a member whose task force was rejected", () => {
    const tf = row("taskforce");
    const review: Review = {
      ...emptyReview(),
      additions: [
        {
          id: "a1",
          kind: "measure",
          measure: "measure:parallel-approval",
          section: "主要做法",
          evidence: "多项审批并联办理",
        },
        {
          id: "a2",
          kind: "member",
          deptKind: "commerce",
          name: "青湾区商务局",
          taskForce: tf.ref as string,
          section: "主要做法",
          evidence: "商务局参与专班",
        },
      ],
    };
    const a = assembleCase(draft, rows, review);
    expect(a.relKeys.slice(-2)).toEqual(["a1", "a2"]);
    expect(a.file.relationships.at(-1)).toMatchObject({ type: "MEMBER_OF", from: `dept:${slug}:commerce` });
    expect(a.file.nodes.find((n) => n.id === `dept:${slug}:commerce`)?.name).toBe("青湾区商务局");
    expect(checkAssembled(rewrittenOf(a)).filter((p) => p.code !== "rewrite")).toEqual([]);

    const without = assembleCase(draft, rows, { ...review, status: { [tf.key]: "rejected" } });
    expect(without.skipped).toEqual(["a2"]);
    expect(without.file.nodes.some((n) => n.id === `dept:${slug}:commerce`)).toBe(false);
  });

  it("renames the draft slug in every id it minted and nowhere else", () => {
    expect(renameId(`company:${slug}-c1`, slug, "qingwan-2023")).toBe("company:qingwan-2023-c1");
    expect(renameId(`dept:${slug}:commerce`, slug, "qingwan-2023")).toBe("dept:qingwan-2023:commerce");
    expect(renameId("measure:proxy-service", slug, "qingwan-2023")).toBe("measure:proxy-service");
    const a = assembleCase(draft, rows, rewritten({ ...emptyReview(), caseEdit: { slug: "qingwan-2023" } }));
    expect(a.file.case.id).toBe("case:qingwan-2023");
    expect(JSON.stringify(a.file)).not.toContain(slug);
    expect(checkAssembled(a)).toEqual([]);
  });
});

describe("checkAssembled and placeOf", () => {
  it("flags unrewritten evidence and schema problems, and places each next to its input", () => {
    const company = row("company");
    const a = assembleCase(draft, rows, {
      ...rewritten(emptyReview()),
      edits: { [company.key]: { name: " " } },
      caseEdit: { year: 1800, summary: "自动抽取草稿，待审核" },
    });
    const problems = checkAssembled(a);
    const renamed = assembleCase(draft, rows, {
      ...emptyReview(),
      edits: { [company.key]: { name: "" } },
      caseEdit: { slug: "qingwan" },
    });
    const renamedName = checkAssembled(renamed).find((p) => p.path.endsWith(".name"));
    expect(renamedName && placeOf(`body.${renamedName.path}`, renamed)).toEqual({ kind: "node", id: company.ref });
    const nameProblem = problems.find((p) => p.path.endsWith(".name"));
    expect(nameProblem && placeOf(nameProblem.path, a)).toEqual({ kind: "node", id: company.ref });
    expect(placeOf("body.case.year", a)).toEqual({ kind: "case", field: "year" });
    expect(problems.filter((p) => p.code === "rewrite").map((p) => p.path)).toEqual(["case.summary"]);

    const raw = assembleCase(draft, rows, emptyReview());
    const rewrite = checkAssembled(raw).filter((p) => p.code === "rewrite");
    expect(rewrite).toHaveLength(draft.relationships.length + 1);
    expect(placeOf("body.relationships.3.evidence", raw)).toEqual({ kind: "relationship", key: "d3" });
    expect(placeOf("body.relationships", raw)).toEqual({ kind: "other" });
    expect(needsRewrite("待改写：原文")).toBe(true);
  });
});

function rewrittenOf(a: Assembled): Assembled {
  const file = structuredClone(a.file);
  for (const r of file.relationships) r.evidence = "转述";
  file.case.summary = "转述";
  return { ...a, file, pending: [], summaryPending: false };
}
