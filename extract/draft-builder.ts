import type { CaseFileNode, Relationship } from "../graph-schema/index.ts";
import type { Found } from "./items.ts";
import { type PreparedText, sectionAt, snippetAt } from "./text.ts";

/** A relationship before its locator and evidence are filled in; distributive, so each type keeps its own props. */
export type RelationshipDraft = Relationship extends infer R
  ? R extends unknown
    ? Omit<R, "section" | "evidence">
    : never
  : never;

/**
 * Collects nodes and relationships for one draft and remembers which node each finding became. Evidence is a source
 * snippet marked 待改写 (to be rewritten): the schema wants a paraphrase, which only a reviewer can write.
 */
export class DraftBuilder {
  readonly nodes: CaseFileNode[] = [];
  readonly relationships: Relationship[] = [];
  readonly refs = new Map<Found, string>();
  private readonly nodeIds = new Set<string>();
  private readonly edgeKeys = new Set<string>();

  constructor(
    readonly text: PreparedText,
    readonly slug: string,
  ) {}

  get caseId(): string {
    return `case:${this.slug}`;
  }

  get sourceId(): string {
    return `source:${this.slug}`;
  }

  get regionId(): string {
    return `region:${this.slug}`;
  }

  hasNode(id: string): boolean {
    return this.nodeIds.has(id);
  }

  addNode(node: CaseFileNode): void {
    if (this.nodeIds.has(node.id)) return;
    this.nodeIds.add(node.id);
    this.nodes.push(node);
  }

  /** Adds a relationship located at a finding; duplicates (same type, ends, section, variant) are dropped. */
  relate(rel: RelationshipDraft, at: Found | "whole"): void {
    const section = at === "whole" ? "全文" : sectionAt(this.text, at.start);
    const evidence = at === "whole" ? "自动抽取草稿，待审核" : `待改写：${snippetAt(this.text, at.start, at.end)}`;
    const variant = "variant" in rel ? (rel.variant ?? "") : "";
    const key = `${rel.type} ${rel.from} ${rel.to} ${section} ${variant}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.relationships.push({ ...rel, section, evidence } as Relationship);
  }
}

/** Findings grouped by key, first mention first: one node per distinct key, every mention pointing at it. */
export function groupByKey(found: readonly Found[]): Map<string, Found[]> {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const group = groups.get(f.key);
    if (group) group.push(f);
    else groups.set(f.key, [f]);
  }
  return groups;
}

/** Names are capped by the schema at 80 characters; drafts never fail on a long heading. */
export function clip(name: string, max = 80): string {
  const trimmed = name.replace(/\s+/g, " ").trim();
  return trimmed.length > max ? trimmed.slice(0, max) : trimmed;
}
