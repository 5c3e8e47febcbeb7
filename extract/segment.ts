import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js"; // no exports map: Node resolves only the full file name

/**
 * Chinese word segmentation (jieba, the maintained Rust port in @node-rs/jieba) over the normalised text: word
 * spans with their part-of-speech tags, so names can be cut at word boundaries (一对一服务, never 一对一服) and
 * verb–object phrases found by their verb. The dictionary loads once per process, on first use (~0.4 s).
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** jieba's ICTCLAS-style tag: v verb, vn verbal noun, n noun, ns place, a adjective, p preposition … */
  tag: string;
}

export interface Segmentation {
  words: Word[];
  /** Index into `words` of the word holding each character of the text. */
  wordOf: Int32Array;
}

let instance: Jieba | undefined;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

export function segment(norm: string): Segmentation {
  const words: Word[] = [];
  const wordOf = new Int32Array(norm.length).fill(-1);
  let pos = 0;
  for (const { word, tag } of jieba().tag(norm, true)) {
    const start = norm.startsWith(word, pos) ? pos : norm.indexOf(word, pos);
    if (start < 0) continue; // jieba drops nothing in practice; a mismatch leaves those characters without a word
    const end = start + word.length;
    for (let i = start; i < end; i++) wordOf[i] = words.length;
    words.push({ start, end, text: word, tag });
    pos = end;
  }
  return { words, wordOf };
}

/** Widens [start, end) so that neither end cuts through a word. */
export function snapToWords(seg: Segmentation, start: number, end: number): { start: number; end: number } {
  const first = seg.words[seg.wordOf[start] ?? -1];
  const last = seg.words[seg.wordOf[end - 1] ?? -1];
  return { start: first ? Math.min(start, first.start) : start, end: last ? Math.max(end, last.end) : end };
}

/** The words inside [start, end), in order. */
export function wordsIn(seg: Segmentation, start: number, end: number): Word[] {
  const from = seg.wordOf[start] ?? -1;
  const to = seg.wordOf[end - 1] ?? -1;
  return from < 0 || to < from ? [] : seg.words.slice(from, to + 1);
}
