import { cues } from "./cues.ts";
import type { Found } from "./items.ts";
import type { LexEntry } from "./lexicon.ts";
import type { DictionaryMatch } from "./matcher.ts";
import { normSpanOfCompact, type PreparedText } from "./text.ts";

/** Longer wordings are rarely ordinary words; two-character ones (代办, 补链) sometimes are. */
function wordingConfidence(wording: string): number {
  if (wording.length >= 4) return 0.9;
  return wording.length === 3 ? 0.8 : 0.6;
}

/** Taxonomy measures: exact wordings from the shared dictionary pass, then gapped cues where no wording matched. */
export function findMeasures(text: PreparedText, lexMatches: readonly DictionaryMatch<LexEntry>[]): Found[] {
  const found: Found[] = [];
  for (const match of lexMatches) {
    if (match.payload.kind !== "measure") continue;
    const span = normSpanOfCompact(text, match.start, match.end);
    found.push({
      type: "measure",
      ...span,
      key: match.payload.measureId,
      variant: match.payload.wording,
      confidence: wordingConfidence(match.payload.wording),
    });
  }
  const exact = [...found];
  for (const c of cues) {
    for (const m of text.compact.matchAll(c.pattern)) {
      const span = normSpanOfCompact(text, m.index, m.index + m[0].length);
      // A cue that overlaps an exact wording of the same measure adds nothing but noise.
      const covered = exact.some((e) => e.key === c.measureId && e.start < span.end && span.start < e.end);
      if (covered) continue;
      found.push({ type: "measure", ...span, key: c.measureId, variant: c.variant, confidence: 0.6 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
