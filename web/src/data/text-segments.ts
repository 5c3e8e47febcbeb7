/** A located finding: `[start, end)` in UTF-16 offsets, as the extractor reports them. */
export interface Span {
  start: number;
  end: number;
}

/** One run of text covered by the same spans; `spans` are indices into the input, innermost (shortest) first. */
export interface Segment {
  start: number;
  end: number;
  spans: number[];
}

/**
 * Cuts `[0, length)` at every span boundary so overlapping and nested findings can be drawn as flat runs: each run
 * knows every span covering it, and the innermost one (e.g. 10GW inside 年产10GW动力电池项目) decides its colour.
 * Spans are clamped to the text; empty and inverted ones are ignored. Runs cover the whole text, in order.
 */
interface Placed extends Span {
  index: number;
}

export function segmentText(length: number, spans: readonly Span[]): Segment[] {
  const placed: Placed[] = [];
  spans.forEach((s, index) => {
    const start = Math.max(0, Math.min(length, s.start));
    const end = Math.max(0, Math.min(length, s.end));
    if (end > start) placed.push({ index, start, end });
  });
  placed.sort((a, b) => a.start - b.start);
  const cuts = [...new Set([0, length, ...placed.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let active: Placed[] = [];
  let next = 0;
  const segments: Segment[] = [];
  cuts.slice(0, -1).forEach((start, i) => {
    const end = cuts[i + 1] ?? length;
    for (let s = placed[next]; s && s.start <= start; s = placed[++next]) active.push(s);
    active = active.filter((s) => s.end > start);
    const covering = [...active].sort((a, b) => a.end - a.start - (b.end - b.start) || a.index - b.index);
    segments.push({ start, end, spans: covering.map((s) => s.index) });
  });
  return segments;
}
