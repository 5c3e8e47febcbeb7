import type { Found } from "./items.ts";
import { nameStart } from "./names.ts";
import { normSpanOfCompact, type PreparedText, paragraphAt } from "./text.ts";

/**
 * Phrases that look like a named practice but match no taxonomy wording: quoted slogans, X式服务, 一X一Y, item titles
 * (1. 一线探路促合作) and …机制 / …工作法 names. They are reported as candidate new measures, flagged, with low
 * confidence; anything overlapping a taxonomy match is dropped, so a candidate is never a known measure in disguise.
 */

const quoted = /[“"「『]([^”"」』\n]{3,12})[”"」』]/g;
const styleQuoted = /[“"「『]([\u4e00-\u9fff]{2,5})[”"」』]式([\u4e00-\u9fff]{2})?/g;
const styleBare = /([\u4e00-\u9fff]{2})式(服务|管理|招商|审批|办理|推进)/g;
const pairPattern = /一([\u4e00-\u9fff]{1,2})一([\u4e00-\u9fff]{1,2})/g;
const countedPattern = /[二三四五六七八九十](个一|张清单|个清单|即服务|证齐发|证同发|个到位)/g;
const mechanism = /机制|工作法|模式|服务团|服务队|套餐/g;
const itemTitle = /^(?:[一二三四五六七八九十]+、|\d{1,2}[.、])\s*([^，。,;；:：\n]{4,10})[，。,]/;

/** Idioms of the 一X一Y shape that name no practice. */
const idioms = new Set([
  "一心一意",
  "一点一滴",
  "一草一木",
  "一砖一瓦",
  "一针一线",
  "一朝一夕",
  "一言一行",
  "一举一动",
]);
const genericKernels = /^(长效|工作|运行|这种|一套|相关|管理|发展|经营|合作|服务)$|(体制|建设|运营|经营|商业|盈利)$/;

export function findCandidates(text: PreparedText, measures: readonly Found[]): Found[] {
  const found: Found[] = [];
  const overlapsMeasure = (start: number, end: number) => measures.some((m) => m.start < end && start < m.end);
  const add = (start: number, end: number, name: string, confidence: number) => {
    const key = name.replace(/[“”"「」『』\s]/g, "");
    if (key.length < 3 || /\d/.test(key) || overlapsMeasure(start, end)) return;
    // Earlier rules are more specific (a quoted slogan beats the item title around it), so nested spans are dropped.
    if (found.some((f) => (f.start <= start && end <= f.end) || (start <= f.start && f.end <= end))) return;
    found.push({ type: "measure", candidate: true, start, end, key, confidence });
  };
  // Quotes in the title block before the first heading are the series' slogan, not a practice of this case.
  const inBody = (pos: number) => Boolean(paragraphAt(text, pos)?.headings);

  for (const m of text.norm.matchAll(styleQuoted)) {
    add(m.index, m.index + m[0].length, `${m[1]}式${m[2] ?? ""}`, 0.45);
  }
  for (const m of text.norm.matchAll(quoted)) {
    if (!inBody(m.index) || text.norm[m.index + m[0].length] === "式") continue;
    add(m.index + 1, m.index + m[0].length - 1, m[1] ?? "", 0.35);
  }
  for (const m of text.compact.matchAll(styleBare)) addCompact(m.index, m[0], 0.45);
  for (const m of text.compact.matchAll(pairPattern)) {
    const name = `一${m[1]}一${(m[2] ?? "").slice(0, (m[1] ?? "").length)}`;
    if (!idioms.has(name)) addCompact(m.index, name, 0.5);
  }
  for (const m of text.compact.matchAll(countedPattern)) addCompact(m.index, m[0], 0.5);
  for (const m of text.norm.matchAll(mechanism)) {
    const start = nameStart(text.norm, m.index, { maxKernel: 6 });
    const kernel = text.norm.slice(start, m.index);
    if (kernel.length >= 2 && !genericKernels.test(kernel)) add(start, m.index + m[0].length, kernel + m[0], 0.4);
  }
  for (const p of text.paragraphs) {
    const line = text.norm.slice(p.start, p.end);
    const lead = line.length - line.trimStart().length;
    const m = itemTitle.exec(line.trimStart());
    if (!m?.[1]) continue;
    const start = p.start + lead + m[0].indexOf(m[1]);
    add(start, start + m[1].length, m[1], 0.4);
  }
  return found.sort((a, b) => a.start - b.start);

  function addCompact(compactStart: number, name: string, confidence: number) {
    const span = normSpanOfCompact(text, compactStart, compactStart + name.length);
    add(span.start, span.end, name, confidence);
  }
}
