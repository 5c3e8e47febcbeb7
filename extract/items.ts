import type { FigureNode } from "../graph-schema/index.ts";

/** Kinds of things the extractor reports. Candidate new measures are `measure` items with `candidate: true`. */
export const itemTypes = [
  "measure",
  "department",
  "taskforce",
  "leader",
  "company",
  "park",
  "region",
  "project",
  "figure",
  "date",
  "duration",
] as const;

export type ItemType = (typeof itemTypes)[number];

/** What a figure, date or duration item carries besides its text, in the Figure node's own terms. */
export interface FigureData {
  metric?: FigureNode["metric"];
  value?: number;
  unit?: string;
  normalized?: NonNullable<FigureNode["normalized"]>;
  qualifier?: FigureNode["qualifier"];
  date?: string;
}

/** One finding inside the extractor, in offsets of the normalised text (see text.ts). */
export interface Found {
  type: ItemType;
  start: number;
  end: number;
  /** Canonical key: taxonomy id, department kind, normalised figure (`410 mu`), ISO date, or the name itself. */
  key: string;
  confidence: number;
  candidate?: boolean;
  /** The taxonomy wording that matched, for FEATURES.variant. */
  variant?: string;
  figure?: FigureData;
  /** Leader post, e.g. `区委常委 (组长)`. */
  role?: string;
}

/** One finding as the API and CLI report it: offsets into the caller's text, and the draft node it became. */
export interface ExtractedItem {
  type: ItemType;
  text: string;
  start: number;
  end: number;
  confidence: number;
  key: string;
  section: string;
  /** Taxonomy id for measures, otherwise the draft node id, when the item became a node. */
  ref?: string;
  candidate?: boolean;
  variant?: string;
  figure?: FigureData;
  role?: string;
}
