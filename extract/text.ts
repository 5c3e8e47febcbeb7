import { type Segmentation, segment } from "./segment.ts";

/**
 * Text preparation: one normalised view for pattern rules, one compact view for dictionary matching, and maps from
 * both back to the caller's input, so every item reports offsets into the text the user gave us.
 */

export interface Paragraph {
  /** 1-based count of non-empty lines, the `¶n` a reviewer can find in the source. */
  index: number;
  start: number;
  end: number;
  /** Heading path such as `主要做法/一/3`, or empty before the first heading. */
  headings: string;
}

export interface PreparedText {
  raw: string;
  /** Words of `norm` (segment.ts), for boundaries and verb–object phrases. */
  seg: Segmentation;
  /** NFKC per character: full-width digits, letters and punctuation become ASCII. */
  norm: string;
  /** norm index → [start, end) of the raw character it came from. */
  rawStart: Int32Array;
  rawEnd: Int32Array;
  /** norm without whitespace and quote marks, so “落地”即“开工” reads as 落地即开工 across page breaks too. */
  compact: string;
  /** compact index → norm index. */
  normOfCompact: Int32Array;
  paragraphs: Paragraph[];
  /** Offsets in `norm` of every sentence end (。；!?), ascending, so a sentence is found by binary search. */
  stops: Int32Array;
}

const quoteMarks = new Set([..."“”‘’\"'「」『』《》〈〉"]);

/** Section titles that typical-case write-ups use; a line equal to one of them starts a new top-level section. */
const topHeadings = new Set([
  "摘要",
  "关键词",
  "背景情况",
  "基本情况",
  "案例背景",
  "项目概况",
  "案例简介",
  "主要做法",
  "具体做法",
  "经验做法",
  "工作举措",
  "主要成效",
  "取得成效",
  "工作成效",
  "做法成效",
  "经验启示",
  "启示",
  "下一步",
  "下一步打算",
  "下一步计划",
]);

export function prepareText(raw: string): PreparedText {
  const { norm, rawStart, rawEnd } = normalise(raw);
  const { compact, normOfCompact } = compactOf(norm);
  const stops = Int32Array.from([...norm.matchAll(/[。；!?]/g)].map((m) => m.index));
  return {
    raw,
    norm,
    seg: segment(norm),
    rawStart,
    rawEnd,
    compact,
    normOfCompact,
    paragraphs: paragraphsOf(norm),
    stops,
  };
}

function normalise(raw: string) {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const char = raw.slice(i, i + width);
    // ASCII and CJK ideographs are NFKC-stable; skipping normalize() for them keeps 10k chars well under a millisecond.
    const out = cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff) ? char : char.normalize("NFKC");
    for (const unit of out.length > 0 ? out : " ") {
      parts.push(unit === "\r" ? "\n" : unit);
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { norm: parts.join(""), rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends) };
}

function compactOf(norm: string) {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i] as string;
    if (quoteMarks.has(c) || /\s/.test(c)) continue;
    chars.push(c);
    map.push(i);
  }
  return { compact: chars.join(""), normOfCompact: Int32Array.from(map) };
}

function paragraphsOf(norm: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let top = "";
  let sub = "";
  let item = "";
  let start = 0;
  for (const line of norm.split("\n")) {
    const end = start + line.length;
    const text = line.trim();
    if (text) {
      const bare = text.replace(/[:：]$/, "");
      const ordinal = /^([一二三四五六七八九十]+)、/.exec(text) ?? /^\(([一二三四五六七八九十]+)\)/.exec(text);
      const numbered = /^(\d{1,2})[.、](?!\d)/.exec(text);
      if (topHeadings.has(bare)) [top, sub, item] = [bare, "", ""];
      else if (/^单位[:：]/.test(text)) [top, sub, item] = ["单位", "", ""];
      else if (ordinal?.[1]) [sub, item] = [ordinal[1], ""];
      else if (numbered?.[1]) item = numbered[1];
      const headings = [top, sub, item].filter(Boolean).join("/");
      paragraphs.push({ index: paragraphs.length + 1, start, end, headings });
    }
    start = end + 1;
  }
  return paragraphs;
}

/** The paragraph holding a norm offset (binary search; paragraphs are sorted and disjoint). */
export function paragraphAt(text: PreparedText, pos: number): Paragraph | undefined {
  let lo = 0;
  let hi = text.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = text.paragraphs[mid] as Paragraph;
    if (pos < p.start) hi = mid - 1;
    else if (pos > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** Locator for a relationship's `section`: heading path plus paragraph, e.g. `主要做法/一/3 ¶14`. */
export function sectionAt(text: PreparedText, pos: number): string {
  const p = paragraphAt(text, pos);
  if (!p) return "正文";
  return p.headings ? `${p.headings} ¶${p.index}` : `¶${p.index}`;
}

/** Raw offsets of a norm span. */
export function rawSpan(text: PreparedText, start: number, end: number): { start: number; end: number } {
  return { start: text.rawStart[start] ?? text.raw.length, end: text.rawEnd[end - 1] ?? text.raw.length };
}

/** Norm span of a compact span. */
export function normSpanOfCompact(text: PreparedText, start: number, end: number): { start: number; end: number } {
  return { start: text.normOfCompact[start] ?? text.norm.length, end: (text.normOfCompact[end - 1] ?? 0) + 1 };
}

/** Up to `max` characters of the sentence around a norm span, whitespace collapsed: draft evidence to be rewritten. */
export function snippetAt(text: PreparedText, start: number, end: number, max = 40): string {
  const sentence = sentenceAt(text, start);
  // Sentences may run across a page break, but a snippet stays inside its paragraph so it never swallows a heading.
  const paragraph = paragraphAt(text, start) ?? { start: 0, end: text.norm.length };
  const room = Math.max(0, max - (end - start));
  const from = Math.max(sentence.start, paragraph.start, start - Math.floor(room / 2));
  const to = Math.min(sentence.end, paragraph.end, from + max + 10);
  return text.norm.slice(from, to).replace(/\s+/g, "").slice(0, max);
}

/** [start, end) of the sentence (up to 。；!? or a blank line) containing a norm offset. */
export function sentenceAt(text: PreparedText, pos: number): { start: number; end: number } {
  // The first stop at or after pos ends the sentence; the one before it ends the previous sentence.
  const { stops } = text;
  let lo = 0;
  let hi = stops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((stops[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? (stops[lo - 1] as number) + 1 : 0;
  return { start, end: lo < stops.length ? (stops[lo] as number) : text.norm.length };
}
