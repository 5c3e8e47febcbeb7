import { type DepartmentKindSlug, departmentKinds } from "../../../graph-schema/departments.ts";
import { measureById, wordingsOf } from "../../../graph-schema/taxonomy.ts";
import type { CaseFileInput } from "../api/types.ts";
import type { ReviewRow } from "./import-rows.ts";

type Relationship = CaseFileInput["relationships"][number];
type FileNode = CaseFileInput["nodes"][number];

/** The extractor marks text only a reviewer can write: snippets to paraphrase (待改写) and draft notes (待审核). */
const rewriteMarker = /待改写|待审核/;

export const needsRewrite = (text: string): boolean => rewriteMarker.test(text);

export type Decision = "accepted" | "rejected";

/** Per row: a new name (nodes), department kind, taxonomy measure (measure rows) or leader post (leader rows). */
export interface RowEdit {
  name?: string;
  kind?: string;
  measure?: string;
  role?: string;
}

/** A finding the extractor missed, added by the reviewer with its own section and evidence. */
export type Addition =
  | { id: string; kind: "measure"; measure: string; section: string; evidence: string }
  | {
      id: string;
      kind: "member";
      deptKind: string;
      name: string;
      taskForce: string;
      section: string;
      evidence: string;
    };

export interface CaseEdit {
  title?: string;
  year?: number;
  yearUncertain?: boolean;
  regionName?: string;
  summary?: string;
  reportingUnit?: string;
  /** Replaces the draft's `draft-<hash>` slug in every id. */
  slug?: string;
}

/** Everything the reviewer decided; plain data so it can be kept while the page is left and reopened. */
export interface Review {
  status: Record<string, Decision>;
  edits: Record<string, RowEdit>;
  /** New evidence by relationship key (`d<index>` for the draft's, the addition id for added ones). */
  evidence: Record<string, string>;
  caseEdit: CaseEdit;
  additions: Addition[];
}

export const emptyReview = (): Review => ({ status: {}, edits: {}, evidence: {}, caseEdit: {}, additions: [] });

export interface Assembled {
  file: CaseFileInput;
  /** The review key of each relationship in `file.relationships`, to put an error next to its input. */
  relKeys: string[];
  /** The draft id of each node in `file.nodes` (ids change when the slug is renamed). */
  nodeKeys: string[];
  /** Keys of relationships whose evidence still carries the extractor's marker. */
  pending: string[];
  summaryPending: boolean;
  /** Additions left out because the task force they join was rejected. */
  skipped: string[];
}

export const draftRelKey = (index: number): string => `d${index}`;

const kindNames = new Map<string, string>(departmentKinds.map((k) => [k.kind, k.name]));

/** The draft's case slug, e.g. `draft-4c773bca` for `case:draft-4c773bca`. */
export const slugOf = (file: CaseFileInput): string => file.case.id.slice(file.case.id.indexOf(":") + 1);

/**
 * The case file the reviewer's decisions make of the draft. Rejecting a row removes what it owns (its node and every
 * relationship touching it, or its measure links, or its leader links); nodes left without the relationships they
 * had in the draft go too, unless another node or the case refers to them. Edits rename, retype or retarget; additions
 * append. Duplicate relationships (same type, ends, section and wording) keep the first. The draft is not changed.
 */
export function assembleCase(draft: CaseFileInput, rows: readonly ReviewRow[], review: Review): Assembled {
  const file = structuredClone(draft);
  const rejected = (row: ReviewRow) => review.status[row.key] === "rejected";
  const goneNodes = new Set(rows.flatMap((r) => (r.role === "node" && rejected(r) && r.ref ? [r.ref] : [])));
  const byRef = (role: ReviewRow["role"]) =>
    new Map(rows.flatMap((r) => (r.role === role && r.ref ? [[r.ref, r] as const] : [])));
  const measureRows = byRef("measure");
  const leaderRows = byRef("leader");

  const kept: { key: string; rel: Relationship }[] = [];
  file.relationships.forEach((rel, i) => {
    if (goneNodes.has(rel.from) || goneNodes.has(rel.to)) return;
    if (rel.type === "FEATURES" || rel.type === "APPLIED") {
      const row = measureRows.get(rel.to);
      if (row && rejected(row)) return;
      const measure = row && review.edits[row.key]?.measure;
      if (measure) retarget(rel, measure);
    }
    if (rel.type === "LED_BY") {
      const row = leaderRows.get(rel.to);
      if (row && rejected(row)) return;
      const role = row && review.edits[row.key]?.role;
      if (role !== undefined) rel.role = role;
    }
    kept.push({ key: draftRelKey(i), rel });
  });

  let nodes = file.nodes.filter((n) => !goneNodes.has(n.id));
  for (const row of rows) editNode(nodes, row, review.edits[row.key]);
  editCase(file, nodes, review.caseEdit);

  const skipped: string[] = [];
  const oldSlug = slugOf(draft);
  for (const a of review.additions) {
    if (a.kind === "measure") {
      const rel = { type: "FEATURES", from: file.case.id, to: a.measure, section: a.section, evidence: a.evidence };
      kept.push({ key: a.id, rel: rel as Relationship });
      continue;
    }
    if (!nodes.some((n) => n.id === a.taskForce && n.label === "TaskForce")) {
      skipped.push(a.id);
      continue;
    }
    const deptId = `dept:${oldSlug}:${a.deptKind}`;
    if (!nodes.some((n) => n.id === deptId)) {
      const name = a.name.trim() || kindNames.get(a.deptKind) || a.deptKind;
      const kind = a.deptKind as DepartmentKindSlug;
      nodes.push({ id: deptId, label: "Department", name, aliases: [], kind, regionId: file.case.regionId });
    }
    const rel = { type: "MEMBER_OF", from: deptId, to: a.taskForce, section: a.section, evidence: a.evidence };
    kept.push({ key: a.id, rel: rel as Relationship });
  }
  for (const { key, rel } of kept) {
    const evidence = review.evidence[key];
    if (evidence !== undefined) rel.evidence = evidence;
  }

  const unique = dedupe(kept);
  nodes = pruneOrphans(nodes, unique, draft, file.case.regionId);
  file.nodes = nodes;
  file.relationships = unique.map((k) => k.rel);
  const nodeKeys = nodes.map((n) => n.id);
  const slug = review.caseEdit.slug?.trim();
  if (slug && slug !== oldSlug) renameSlug(file, oldSlug, slug);
  return {
    file,
    relKeys: unique.map((k) => k.key),
    nodeKeys,
    pending: unique.filter((k) => needsRewrite(k.rel.evidence)).map((k) => k.key),
    summaryPending: needsRewrite(file.case.summary),
    skipped,
  };
}

/** Points a measure link at another taxonomy measure; the wording stays only when the new measure knows it. */
function retarget(rel: Relationship & { type: "FEATURES" | "APPLIED" }, measureId: string): void {
  rel.to = measureId;
  const measure = measureById.get(measureId);
  if (rel.variant !== undefined && (!measure || !wordingsOf(measure).includes(rel.variant))) delete rel.variant;
}

function editNode(nodes: FileNode[], row: ReviewRow, edit: RowEdit | undefined): void {
  if (!edit || row.role !== "node") return;
  const node = nodes.find((n) => n.id === row.ref);
  if (!node) return;
  if (edit.name !== undefined) node.name = edit.name;
  if (edit.kind !== undefined && node.label === "Department") node.kind = edit.kind as DepartmentKindSlug;
}

function editCase(file: CaseFileInput, nodes: FileNode[], edit: CaseEdit): void {
  const c = file.case;
  if (edit.title !== undefined) {
    c.title = edit.title;
    c.name = edit.title;
  }
  if (edit.year !== undefined) c.year = edit.year;
  if (edit.yearUncertain !== undefined) c.flags = withYearFlag(c.flags ?? [], edit.yearUncertain);
  if (edit.summary !== undefined) c.summary = edit.summary;
  if (edit.reportingUnit !== undefined) c.reportingUnit = edit.reportingUnit;
  const region = nodes.find((n) => n.id === c.regionId);
  if (region && edit.regionName !== undefined) region.name = edit.regionName;
}

/** The reviewer's "year is a reading" box is the case's flag on `year`: ticked adds it, unticked removes it. */
function withYearFlag(flags: NonNullable<CaseFileInput["case"]["flags"]>, uncertain: boolean) {
  const others = flags.filter((flag) => flag.field !== "year");
  const own = flags.find((flag) => flag.field === "year") ?? { field: "year", note: "年份为推断，待核实" };
  return uncertain ? [...others, own] : others;
}

/** The key caseFileSchema uses to call two relationships duplicates. */
function relKey(rel: Relationship): string {
  const variant = "variant" in rel ? (rel.variant ?? "") : "";
  return `${rel.type} ${rel.from} ${rel.to} ${rel.section} ${variant}`.trimEnd();
}

function dedupe<T extends { rel: Relationship }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter(({ rel }) => {
    const key = relKey(rel);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ids a node or the case refers to by field: these nodes stay even without relationships. */
function fieldRefs(nodes: readonly FileNode[], regionId: string): Set<string> {
  const refs = new Set([regionId]);
  for (const n of nodes) {
    if (n.label === "Department") {
      refs.add(n.regionId);
      if (n.parkId) refs.add(n.parkId);
    }
    if (n.label === "Figure") for (const id of [n.sourceId, ...(n.alsoReportedBy ?? [])]) refs.add(id);
  }
  return refs;
}

function pruneOrphans(
  nodes: FileNode[],
  kept: readonly { rel: Relationship }[],
  draft: CaseFileInput,
  regionId: string,
): FileNode[] {
  const hadLinks = new Set(draft.relationships.flatMap((r) => [r.from, r.to]));
  const linked = new Set(kept.flatMap(({ rel }) => [rel.from, rel.to, ...(rel.sourceId ? [rel.sourceId] : [])]));
  let current = nodes;
  for (;;) {
    const refs = fieldRefs(current, regionId);
    const next = current.filter((n) => !hadLinks.has(n.id) || linked.has(n.id) || refs.has(n.id));
    if (next.length === current.length) break;
    current = next;
  }
  const ids = new Set(current.map((n) => n.id));
  for (const n of current) if (n.label === "Department" && n.parkId && !ids.has(n.parkId)) delete n.parkId;
  return current;
}

/** `company:draft-ab12-c1` → `company:<slug>-c1`: every id the draft minted carries its slug right after the prefix. */
export function renameId(id: string, from: string, to: string): string {
  const colon = id.indexOf(":");
  const rest = id.slice(colon + 1);
  const owned = rest === from || rest.startsWith(`${from}:`) || rest.startsWith(`${from}-`);
  return owned ? `${id.slice(0, colon + 1)}${to}${rest.slice(from.length)}` : id;
}

function renameSlug(file: CaseFileInput, from: string, to: string): void {
  const r = (id: string) => renameId(id, from, to);
  file.case.id = r(file.case.id);
  file.case.regionId = r(file.case.regionId);
  for (const n of file.nodes) {
    n.id = r(n.id);
    if (n.label === "Department") {
      n.regionId = r(n.regionId);
      if (n.parkId) n.parkId = r(n.parkId);
    }
    if (n.label === "Figure") {
      n.sourceId = r(n.sourceId);
      if (n.alsoReportedBy) n.alsoReportedBy = n.alsoReportedBy.map(r);
    }
  }
  for (const rel of file.relationships) {
    rel.from = r(rel.from);
    rel.to = r(rel.to);
    if (rel.caseId) rel.caseId = r(rel.caseId);
    if (rel.sourceId) rel.sourceId = r(rel.sourceId);
  }
}
