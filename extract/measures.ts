import { cues } from "./cues.ts";
import type { Found } from "./items.ts";
import type { LexEntry } from "./lexicon.ts";
import type { DictionaryMatch } from "./matcher.ts";
import { normSpanOfCompact, type PreparedText, sentenceAt } from "./text.ts";

/** Longer wordings are rarely ordinary words; two-character ones (代办, 补链) sometimes are. */
function wordingConfidence(wording: string): number {
  if (wording.length >= 4) return 0.9;
  return wording.length === 3 ? 0.8 : 0.6;
}

/**
 * Wordings that also describe a firm rather than a practice: 国家级专精特新“小巨人”企业 is a title the firm holds;
 * the practice is helping a firm apply for it, so the sentence must say so.
 */
const wordingGuards: ReadonlyMap<string, RegExp> = new Map([["专精特新", /申报|辅导|培育|认定|争创|申请|帮助|协助/]]);

/** Taxonomy measures: exact wordings from the shared dictionary pass, then gapped cues where no wording matched. */
export function findMeasures(text: PreparedText, lexMatches: readonly DictionaryMatch<LexEntry>[]): Found[] {
  const found: Found[] = [];
  for (const match of lexMatches) {
    if (match.payload.kind !== "measure") continue;
    const span = normSpanOfCompact(text, match.start, match.end);
    const guard = wordingGuards.get(match.payload.wording);
    if (guard) {
      const sentence = sentenceAt(text, span.start);
      if (!guard.test(text.norm.slice(sentence.start, sentence.end))) continue;
    }
    found.push({
      type: "measure",
      ...span,
      key: match.payload.measureId,
      variant: match.payload.wording,
      confidence: wordingConfidence(match.payload.wording),
    });
  }
  const exact = [...found];
  const replaced = new Set<Found>();
  for (const c of cues) {
    for (const m of text.compact.matchAll(c.pattern)) {
      const span = normSpanOfCompact(text, m.index, m.index + m[0].length);
      const overlaps = (e: Found) => e.start < span.end && span.start < e.end;
      // A cue that overlaps an exact wording of the same measure adds no finding; one inside a wording of another
      // measure is part of that wording (专班 in 专人专班, 全链条 in 全链条服务机制).
      // A cue wider than the wording it overlaps (专人对接 around 专人) widens that finding to the whole phrase.
      const inside = (e: Found) => e.start <= span.start && span.end <= e.end;
      const same = exact.filter((e) => e.key === c.measureId && overlaps(e));
      for (const e of same) [e.start, e.end] = [Math.min(e.start, span.start), Math.max(e.end, span.end)];
      if (same.length > 0 || exact.some(inside)) continue;
      // The campaign it replaces is the same campaign wherever the text names it again (…百日攻坚行动期间).
      for (const e of exact) {
        if (!c.over?.includes(e.key) || !overlaps(e)) continue;
        for (const same of exact) if (same.key === e.key && same.variant === e.variant) replaced.add(same);
      }
      found.push({ type: "measure", ...span, key: c.measureId, variant: c.variant, confidence: 0.6 });
    }
  }
  return found.filter((f) => !replaced.has(f)).sort((a, b) => a.start - b.start);
}
