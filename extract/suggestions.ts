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
  /** Sum of gram weights (a bigram weighs 2, a character 1), the denominator's share of this wording. */
  size: number;
}

function gramsOf(s: string): Set<string> {
  const chars = [...s.replace(/[^\u4e00-\u9fffA-Za-z0-9+]/g, "")];
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

const weightOf = (grams: Set<string>) => [...grams].reduce((sum, g) => sum + g.length, 0);

interface Index {
  entries: Entry[];
  /** gram → indices of the entries holding it, so a name is compared only with wordings it shares a gram with. */
  byGram: Map<string, number[]>;
}

let index: Index | undefined;

function indexOf(): Index {
  if (index) return index;
  const entries: Entry[] = [];
  const byGram = new Map<string, number[]>();
  for (const m of measures) {
    for (const wording of new Set(wordingsOf(m))) {
      const grams = gramsOf(wording);
      for (const g of grams) {
        const list = byGram.get(g);
        if (list) list.push(entries.length);
        else byGram.set(g, [entries.length]);
      }
      entries.push({ measureId: m.id, name: m.name, wording, size: weightOf(grams) });
    }
  }
  index = { entries, byGram };
  return index;
}

/**
 * Dice over weighted grams: 2 × shared weight / (weight of the name + weight of the wording), where a shared
 * bigram says more than a shared character.
 */
export function suggestMeasures(name: string, limit = 3, floor = 0.2): Suggestion[] {
  const { entries, byGram } = indexOf();
  const grams = gramsOf(name);
  const size = weightOf(grams);
  const shared = new Map<number, number>();
  for (const g of grams) for (const i of byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + g.length);
  const best = new Map<string, Suggestion>();
  // In taxonomy order, so of two equally close wordings of one measure the first is named, as before.
  for (const [i, weight] of [...shared].sort((a, b) => a[0] - b[0])) {
    const e = entries[i] as Entry;
    const score = Number(((2 * weight) / (size + e.size)).toFixed(2));
    const known = best.get(e.measureId);
    if (score >= floor && (!known || score > known.score)) {
      best.set(e.measureId, { measureId: e.measureId, name: e.name, wording: e.wording, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.measureId.localeCompare(b.measureId)).slice(0, limit);
}
