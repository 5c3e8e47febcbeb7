import type { ExtractedItem, ItemType } from "../../../extract/items.ts";
import type { CaseFileInput } from "../../../graph-schema/case-file.ts";

/**
 * The web's view of the API, mirroring docs/api-contract.md field for field. Kept here (not derived from
 * graph-schema's zod schemas) so the browser bundle carries no zod and the client can be written against the
 * contract while the server is built. The import page's case files and extracted items are the exception: their
 * types come from graph-schema and extract as type-only imports, which leave nothing in the bundle.
 */

export interface NodeRef {
  id: string;
  type: string;
  name: string;
  nameEn?: string | null;
}

export interface Provenance {
  caseId: string | null;
  caseTitle?: string | null;
  section: string;
  evidence: string;
}

export interface GraphNode extends NodeRef {
  degree: number;
  synthetic?: boolean;
}

export interface GraphLink extends Provenance {
  id: string;
  source: string;
  target: string;
  type: string;
}

export interface Subgraph {
  nodes: GraphNode[];
  links: GraphLink[];
  truncated: boolean;
}

export interface MeasureRef extends NodeRef {
  category: string;
  categoryName: string;
}

export interface CaseRef {
  id: string;
  title: string;
}

export type DepartmentRef = NodeRef & { kind: string };

export interface TaskForce {
  id: string;
  name: string;
  nameEn?: string | null;
  leader: { role: string; department: DepartmentRef } | null;
  members: DepartmentRef[];
  project: NodeRef | null;
  case: CaseRef;
}

export interface SearchHit extends NodeRef {
  score: number;
}

export interface Relationship {
  direction: "out" | "in";
  other: NodeRef;
  properties: Record<string, unknown>;
  provenance: Provenance;
}

export interface NodeDetails {
  node: NodeRef & { aliases: string[]; properties: Record<string, unknown> };
  relationships: Record<string, Relationship[]>;
}

export interface CaseSummary {
  id: string;
  title: string;
  titleEn?: string | null;
  year: number | null;
  region: NodeRef;
  reportingUnit?: string | null;
  synthetic: boolean;
  measureCount: number;
}

export interface CaseList {
  total: number;
  cases: CaseSummary[];
}

export interface DepartmentKindRef {
  kind: string;
  name: string;
  nameEn?: string | null;
}

export interface Comparison {
  a: CaseRef;
  b: CaseRef;
  measures: { shared: MeasureRef[]; onlyA: MeasureRef[]; onlyB: MeasureRef[] };
  departments: { shared: DepartmentKindRef[]; onlyA: DepartmentKindRef[]; onlyB: DepartmentKindRef[] };
  similarity: number;
}

export interface RecurrentMeasure extends MeasureRef {
  caseCount: number;
  share: number;
  cases: CaseRef[];
}

export interface Recurrence {
  totalCases: number;
  measures: RecurrentMeasure[];
}

export interface CooccurrencePair {
  a: string;
  b: string;
  count: number;
  jaccard: number;
  lift: number;
  cases: CaseRef[];
}

export interface Cooccurrence {
  measures: (MeasureRef & { caseCount: number })[];
  pairs: CooccurrencePair[];
}

export interface PathResult {
  paths: { nodes: GraphNode[]; links: GraphLink[] }[];
}

export interface Category {
  id: string;
  name: string;
  nameEn?: string | null;
}

/** application/problem+json body. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { path: string; code: string; message: string }[];
}

export type { CaseFileInput, ExtractedItem, ItemType };

/** POST /api/extract: the draft passes caseFileSchema when `problems` is empty. */
export interface Extraction {
  draft: CaseFileInput;
  items: ExtractedItem[];
  report: string;
  problems: { path: string; code: string; message: string }[];
}

/** POST /api/cases, 201. */
export interface ImportResult {
  id: string;
  elements: number;
}
