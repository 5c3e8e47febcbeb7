import {
  type CaseFileInput,
  type DepartmentKindSlug,
  departmentKinds,
  type RegionNode,
} from "../graph-schema/index.ts";
import { clip, DraftBuilder, groupByKey } from "./draft-builder.ts";
import { addFigures } from "./draft-figures.ts";
import { parkKindOf, provinces } from "./entities.ts";
import type { Found } from "./items.ts";
import type { TaskForceFound } from "./taskforce.ts";
import { type PreparedText, sectionAt, sentenceAt } from "./text.ts";

/** Everything the finders produced, by kind, ready to become one case file. */
export interface Findings {
  measures: Found[];
  departments: Found[];
  taskForces: TaskForceFound[];
  companies: Found[];
  parks: Found[];
  regions: Found[];
  projects: Found[];
  figures: Found[];
}

const kindNames = new Map<string, string>(departmentKinds.map((k) => [k.kind, k.name]));
const isKind = (key: string): key is DepartmentKindSlug => kindNames.has(key);

/**
 * Assembles the draft case file: placeholder region and a low-reliability Source for the draft, one node per distinct
 * finding, and the relationships a surface reading supports (FEATURES, MEMBER_OF, LED_BY, HAS_FIGURE, PART_OF …).
 */
export function buildDraft(text: PreparedText, hash: string, f: Findings) {
  const b = new DraftBuilder(text, `draft-${hash}`);
  const title = titleOf(text);
  const reportingUnit = reportingUnitOf(text) ?? f.parks[0]?.key ?? "未知单位";
  b.addNode({
    id: b.sourceId,
    label: "Source",
    name: "自动抽取草稿",
    title,
    reliability: "low",
    note: "自动抽取的草稿：证据是原文片段，审核时须改写为转述并补充出处信息",
    aliases: [],
  });
  b.addNode(placeholderRegion(b.regionId, f.regions[0]?.key));
  b.relate({ type: "FROM_SOURCE", from: b.caseId, to: b.sourceId }, "whole");

  addDepartments(b, f.departments);
  addTaskForces(b, f.taskForces);
  for (const m of f.measures) {
    b.refs.set(m, m.key);
    b.relate({ type: "FEATURES", from: b.caseId, to: m.key, variant: m.variant }, m);
  }
  const companies = addNamed(b, f.companies, "company", (name) => ({ label: "Company", name, aliases: [] }));
  const parkNames = [...groupByKey(f.parks).keys()];
  const parks = addNamed(b, f.parks, "park", (name) => {
    const kind = parkKindOf(name, parkNames);
    return { label: "Park", name, aliases: [], ...(kind ? { kind } : {}) };
  });
  for (const child of parks) {
    const parent = parks.find((p) => p !== child && child.name.startsWith(p.name));
    if (parent) b.relate({ type: "PART_OF", from: child.id, to: parent.id }, child.mentions[0] as Found);
  }
  const projects = addNamed(b, f.projects, "project", (name) => ({ label: "Project", name, aliases: [] }));
  for (const project of projects) {
    b.relate({ type: "ABOUT", from: b.caseId, to: project.id }, project.mentions[0] as Found);
    const park = parkAfter(text, project.mentions[0] as Found, parks);
    if (park) b.relate({ type: "LOCATED_IN", from: project.id, to: park.id }, project.mentions[0] as Found);
  }
  const main = projects[0];
  // A company named in a case text is nearly always the investor in its project; the reviewer confirms or rejects.
  if (main) {
    for (const company of companies) {
      b.relate({ type: "INVESTS_IN", from: company.id, to: main.id }, company.mentions[0] as Found);
    }
  }
  for (const tf of f.taskForces) {
    const id = b.refs.get(tf.force);
    if (id && main) b.relate({ type: "SERVES", from: id, to: main.id }, tf.force);
  }
  const reporter = parks.find((p) => p.name === reportingUnit);
  if (reporter) b.relate({ type: "REPORTED_BY", from: b.caseId, to: reporter.id }, reporter.mentions[0] as Found);
  addFigures(b, f.figures, { projects, parks });

  const year = storyYear(text, f.figures);
  const file: CaseFileInput = {
    case: {
      id: b.caseId,
      name: title,
      title,
      // The latest year a dated event mentions is the story's year in most write-ups. It is flagged as a reading
      // only when no date states that year (the year came from a bare day, a bare 2022年, or nowhere).
      year: year?.year ?? null,
      ...(year ? { yearLocator: year.locator } : {}),
      flags: year?.stated ? [] : [{ field: "year", note: year ? year.note : "文中未见年份，待审核" }],
      regionId: b.regionId,
      summary: `自动抽取草稿，待审核：识别措施${new Set(f.measures.map((m) => m.key)).size}项、部门${
        new Set(f.departments.map((d) => d.key)).size
      }个、数据${f.figures.length}条。`,
      synthetic: false,
      reportingUnit,
    },
    nodes: b.nodes,
    relationships: b.relationships,
  };
  return { file, refs: b.refs, companies };
}

function addDepartments(b: DraftBuilder, departments: readonly Found[]): void {
  for (const [kind, mentions] of groupByKey(departments)) {
    if (!isKind(kind)) continue; // unmapped units have no kind to type a Department node with; the report lists them
    const id = `dept:${b.slug}:${kind}`;
    const surfaces = [...new Set(mentions.map((m) => b.text.norm.slice(m.start, m.end)))];
    const name = surfaces.reduce((a, s) => (s.length > a.length ? s : a), "");
    b.addNode({
      id,
      label: "Department",
      name: clip(name),
      aliases: surfaces.filter((s) => s !== name).map((s) => clip(s)),
      kind,
      regionId: b.regionId,
    });
    for (const m of mentions) b.refs.set(m, id);
  }
}

function addTaskForces(b: DraftBuilder, forces: readonly TaskForceFound[]): void {
  forces.forEach((tf, i) => {
    const id = `taskforce:${b.slug}:tf${i + 1}`;
    b.addNode({ id, label: "TaskForce", name: clip(tf.force.key), aliases: [] });
    b.refs.set(tf.force, id);
    if (tf.leader && tf.leaderKind && isKind(tf.leaderKind)) {
      const deptId = `dept:${b.slug}:${tf.leaderKind}`;
      if (!b.hasNode(deptId)) {
        const name = kindNames.get(tf.leaderKind) ?? tf.leaderKind;
        b.addNode({ id: deptId, label: "Department", name, aliases: [], kind: tf.leaderKind, regionId: b.regionId });
      }
      b.refs.set(tf.leader, deptId);
      b.relate({ type: "LED_BY", from: id, to: deptId, role: clip(tf.leader.key) }, tf.leader);
    }
    for (const member of tf.members) {
      const deptId = b.refs.get(member);
      if (deptId) b.relate({ type: "MEMBER_OF", from: deptId, to: id }, member);
    }
  });
}

const idLetters = { company: "c", park: "p", project: "j" } as const;

interface Named {
  id: string;
  name: string;
  mentions: Found[];
}

/** One node per distinct name, ids numbered in order of first mention. */
function addNamed(
  b: DraftBuilder,
  found: readonly Found[],
  prefix: "company" | "park" | "project",
  make: (name: string) => Record<string, unknown>,
): Named[] {
  const named: Named[] = [];
  for (const [name, mentions] of groupByKey(found)) {
    const id = `${prefix}:${b.slug}-${idLetters[prefix]}${named.length + 1}`;
    b.addNode({ id, ...make(clip(name)) } as Parameters<DraftBuilder["addNode"]>[0]);
    for (const m of mentions) b.refs.set(m, id);
    named.push({ id, name, mentions });
  }
  return named;
}

function parkAfter(text: PreparedText, project: Found, parks: readonly Named[]): Named | undefined {
  const sentence = sentenceAt(text, project.start);
  const hits = parks.flatMap((p) =>
    p.mentions.filter((m) => m.start >= project.end && m.end <= sentence.end).map(() => p),
  );
  return hits.sort((x, y) => y.name.length - x.name.length)[0];
}

function placeholderRegion(id: string, name: string | undefined): RegionNode {
  const levels: [RegExp, RegionNode["level"]][] = [
    [/省$/, "province"],
    [/市$/, "city"],
    [/县$/, "county"],
    [/[镇乡]$/, "town"],
    [/街道$/, "street"],
  ];
  const level = !name
    ? "district"
    : provinces.includes(name)
      ? "province"
      : (levels.find(([re]) => re.test(name))?.[1] ?? "district");
  return { id, label: "Region", name: name ?? "未知地区", aliases: [], level };
}

/** The line before 单位：…, where typical-case write-ups put the title; else the first line. */
function titleOf(text: PreparedText): string {
  const lines = text.paragraphs.map((p) => text.norm.slice(p.start, p.end).trim());
  const unit = lines.findIndex((l) => /^单位[:：]/.test(l));
  const title = (unit > 0 ? lines[unit - 1] : lines[0]) ?? "";
  return clip(title) || "未命名案例";
}

function reportingUnitOf(text: PreparedText): string | undefined {
  const m = /^\s*单位[:：]\s*(\S.*)$/m.exec(text.norm);
  return m?.[1] ? clip(m[1]) : undefined;
}

interface StoryYear {
  year: number;
  locator: string;
  /** A date in the text writes this year out (2023年5月); a bare day or a bare 2023年 leaves it a reading. */
  stated: boolean;
  note: string;
}

/**
 * The latest year of a dated figure, else of a 20xx年 in the text, with the locator of where it was read. Among
 * mentions of the same year a stated date wins, so the locator points at the passage that writes the year out.
 */
function storyYear(text: PreparedText, figures: readonly Found[]): StoryYear | undefined {
  const dated = figures.flatMap((x) => {
    const year = Number(x.figure?.date?.slice(0, 4));
    return Number.isInteger(year) ? [{ year, at: x.start, stated: x.figure?.yearInferred !== true }] : [];
  });
  const mentioned = [...text.norm.matchAll(/(19[9]\d|20\d\d)年/g)].map((m) => ({
    year: Number(m[1]),
    at: m.index,
    stated: false,
  }));
  const candidates = dated.length > 0 ? dated : mentioned;
  const latest = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, c) =>
      best === undefined || c.year > best.year || (c.year === best.year && c.stated && !best.stated) ? c : best,
    undefined,
  );
  if (!latest) return undefined;
  const note =
    dated.length > 0 ? "年份取自上文，日期本身未写年份，待审核" : "年份取自文中最晚的“××年”，未见完整日期，待审核";
  return { year: latest.year, locator: sectionAt(text, latest.at), stated: latest.stated, note };
}
