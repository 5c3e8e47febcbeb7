/*
 * The contract's types for the browser. Type-only by construction: this module exports nothing at run time, so
 * importing it never brings zod into a bundle (web/ may import nothing else of contract/, see the lint rules).
 */

export type { CaseFileInput } from "../graph-schema/case-file.ts";
export type { NodeLabel } from "../graph-schema/ids.ts";
export type { RelationshipType } from "../graph-schema/relationships.ts";
export type { AnalysisCase, RegionRef } from "./analysis-common.ts";
export type { CaseDetail, CaseList, CaseSummary, Comparison, DepartmentKindRef } from "./cases.ts";
export type {
  CaseRef,
  DepartmentRef,
  GraphLink,
  GraphNode,
  MeasureRef,
  NodeRef,
  Provenance,
  SourceRef,
  Subgraph,
  TaskForce,
} from "./common.ts";
export type { ExtractedItem, Extraction, ItemType } from "./extract.ts";
export type { RegionTreeNode } from "./filters.ts";
export type { ImportResult } from "./import.ts";
export type { Category, Cooccurrence, CooccurrencePair, Recurrence, RecurrentMeasure } from "./measures.ts";
export type { NodeDetails, Relationship } from "./nodes.ts";
export type { QueryOf, ResponseOf } from "./operation.ts";
export type { GraphPath, PathResult } from "./path.ts";
export type { Problem } from "./problem.ts";
export type { MeasureProfile, ProfilePartner, ProfileUse } from "./profile.ts";
export type { SearchHit, SearchMatch } from "./search.ts";
export type { SimilarCase, SimilarCases, WeightedMeasure } from "./similar.ts";
export type { Stats } from "./stats.ts";
