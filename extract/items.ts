import { type ExtractionItemType, extractionItemTypes, type FigureNode } from "../graph-schema/index.ts";
import type { Suggestion } from "./suggestions.ts";

/** Kinds of things the extractor reports (graph-schema names them once, for the contract too). */
export const itemTypes = extractionItemTypes;

export type ItemType = ExtractionItemType;

/** What a figure, date or duration item carries besides its text, in the Figure node's own terms. */
export interface FigureData {
  metric?: FigureNode["metric"];
  value?: number;
  unit?: string;
  normalized?: NonNullable<FigureNode["normalized"]>;
  qualifier?: FigureNode["qualifier"];
  date?: string;
  /** The year of `date` was not written with it but taken from the text before (9月28日 after 2022年…). */
  yearInferred?: boolean;
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
  /** Candidates only: 1 = most likely a practice; every mention in raw offsets; the rules that proposed it. */
  rank?: number;
  mentions?: { start: number; end: number }[];
  rules?: string[];
  /** Candidates only: the closest existing measures, best first, for the reviewer to map the candidate to. */
  suggestions?: Suggestion[];
}
