import type { CaseFileInput, ExtractedItem, ItemType } from "../api/types.ts";

/**
 * What rejecting or editing a row changes in the draft: `node` rows own a draft node (and every relationship touching
 * it), `measure` rows own the case's FEATURES/APPLIED links to one taxonomy measure, `leader` rows own the LED_BY
 * links to one department. `none` rows (regions, unmapped units, candidate measures) became nothing in the draft.
 */
export type RowRole = "node" | "measure" | "leader" | "none";

/** One thing the reviewer decides about: every mention of the same finding, grouped. */
export interface ReviewRow {
  /** `<type>|<target>`: stable for one extraction. */
  key: string;
  type: ItemType;
  /** The draft node id or taxonomy id (`ref`), else the extractor's key. */
  target: string;
  ref: string | undefined;
  role: RowRole;
  /** The first mention's text. */
  text: string;
  /** Indices into the extraction's items, in text order. */
  mentions: number[];
  candidate: boolean;
  confidence: number;
}

/** Item types in the order the review list shows them. */
export const rowTypeOrder: readonly ItemType[] = [
  "measure",
  "taskforce",
  "leader",
  "department",
  "project",
  "company",
  "park",
  "region",
  "figure",
  "date",
  "duration",
];

function roleOf(item: ExtractedItem, nodeIds: ReadonlySet<string>): RowRole {
  if (!item.ref || item.candidate) return "none";
  if (item.type === "measure") return item.ref.startsWith("measure:") ? "measure" : "none";
  if (item.type === "leader") return "leader";
  return nodeIds.has(item.ref) ? "node" : "none";
}

/** Groups the extraction's items into review rows: one per (type, target), first mention first. */
export function reviewRows(items: readonly ExtractedItem[], draft: CaseFileInput): ReviewRow[] {
  const nodeIds = new Set(draft.nodes.map((n) => n.id));
  const rows = new Map<string, ReviewRow>();
  items.forEach((item, index) => {
    const target = item.ref ?? item.key;
    const key = `${item.type}|${item.candidate ? "candidate:" : ""}${target}`;
    const row = rows.get(key);
    if (row) {
      row.mentions.push(index);
      row.confidence = Math.max(row.confidence, item.confidence);
      return;
    }
    rows.set(key, {
      key,
      type: item.type,
      target,
      ref: item.ref,
      role: roleOf(item, nodeIds),
      text: item.text,
      mentions: [index],
      candidate: item.candidate === true,
      confidence: item.confidence,
    });
  });
  return [...rows.values()];
}

/** The row each item belongs to, by item index. */
export function rowOfItem(rows: readonly ReviewRow[]): Map<number, ReviewRow> {
  return new Map(rows.flatMap((row) => row.mentions.map((i) => [i, row] as const)));
}
