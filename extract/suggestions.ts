import { measures, wordingsOf } from "../graph-schema/index.ts";

/**
 * The existing measures closest to a new-practice candidate, so the review can offer a mapping: Dice similarity of
 * character bigrams (unigrams for one-character overlaps) between the candidate and each wording of a measure, the
 * best wording counting. 预审查 → 空窗期预审 / 政策预审; 全程网办 → 全程代办.
 */
export interface Suggestion {
  measureId: string;
  name: string;
  /** The wording that came closest. */
  wording: string;
  score: number;
}

interface Entry {
  measureId: string;
  name: string;
  wording: string;
  grams: Set<string>;
}

function gramsOf(s: string): Set<string> {
  const chars = [...s.replace(/[^\u4e00-\u9fffA-Za-z0-9+]/g, "")];
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

let entries: Entry[] | undefined;

function allEntries(): Entry[] {
  entries ??= measures.flatMap((m) =>
    [...new Set(wordingsOf(m))].map((wording) => ({ measureId: m.id, name: m.name, wording, grams: gramsOf(wording) })),
  );
  return entries;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += g.length; // a shared bigram says more than a shared character
  let size = 0;
  for (const g of a) size += g.length;
  for (const g of b) size += g.length;
  return size === 0 ? 0 : (2 * shared) / size;
}

export function suggestMeasures(name: string, limit = 3, floor = 0.2): Suggestion[] {
  const grams = gramsOf(name);
  const best = new Map<string, Suggestion>();
  for (const e of allEntries()) {
    const score = Number(dice(grams, e.grams).toFixed(2));
    const known = best.get(e.measureId);
    if (score >= floor && (!known || score > known.score)) {
      best.set(e.measureId, { measureId: e.measureId, name: e.name, wording: e.wording, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.measureId.localeCompare(b.measureId)).slice(0, limit);
}
