import {
  areaWords,
  genericKernel,
  genericTail,
  leftStopTags,
  leftStopWords,
  notPractices,
  notSystem,
  practiceVerbs,
  practiceWords,
  suffixes,
} from "./candidate-words.ts";
import { nameStart } from "./names.ts";
import { type Segmentation, snapToWords, type Word, wordsIn } from "./segment.ts";
import { normSpanOfCompact, type PreparedText } from "./text.ts";

/**
 * Where a new practice shows itself in a case text without being in the lexicon: a quoted coinage (“交地即交证”,
 * “一卡通”制), the object of a practice verb (开展预勘验、预指导、预审查服务), a name built on a practice suffix
 * (告知承诺制, 客商需求台账, 项目推进群), a rhythm (半月一交帐), a pair (一企一员) and the lead phrase of a numbered
 * item (一是…, 二、…). Each rule proposes spans with a score; candidates.ts filters, merges and ranks them.
 */
export interface Proposal {
  start: number;
  end: number;
  name: string;
  score: number;
  rule: "quoted" | "mode" | "verb-object" | "suffix" | "rhythm" | "pair" | "lead";
}

export function proposeAll(text: PreparedText): Proposal[] {
  return [
    ...quoted(text),
    ...recruitmentModes(text),
    ...verbObjects(text),
    ...suffixNames(text),
    ...rhythms(text),
    ...pairs(text),
    ...leadPhrases(text),
  ];
}

/** After the title: a short first line without a full stop, when the text has more than one. */
function bodyStart(text: PreparedText): number {
  const first = text.paragraphs[0];
  if (!first || text.paragraphs.length < 2) return 0;
  const line = text.norm.slice(first.start, first.end);
  return line.length <= 60 && !line.includes("。") ? first.end : 0;
}

/** “X”, “X”制, “X”模式 … in the body (the title's quotes are the series' slogan). */
function quoted(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  const from = bodyStart(text);
  for (const m of text.norm.matchAll(/[“"「『]([^”"」』\n。，；！？!?]{2,24})[”"」』]/g)) {
    const inner = m[1] ?? "";
    // A long quote is a sentence someone said, unless it lists names (“挂图作战、精准招商、项目专班、跟踪督办”).
    if (inner.length > 14 && !inner.includes("、")) continue;
    // A list is judged part by part below; a single name as a whole here.
    if (m.index < from || (!inner.includes("、") && notPractices.test(inner)) || /^[\d.]+$/.test(inner)) continue;
    const close = m.index + m[0].length;
    // 营造“大招商、招大商、招好商”的浓厚氛围: a quote that sets a mood or a goal is a slogan.
    if (/^的?(浓厚)?(氛围|理念|发展理念|局面|格局|态势|热潮|目标)/.test(text.norm.slice(close, close + 6))) continue;
    // “一卡通”制, “1+1+N”代办服务架构: a short phrase up to a practice suffix belongs to the name.
    // What follows 的 is what the quote qualifies (“…”的全流程服务), never part of its name.
    const tail =
      /^(?!的)[\u4e00-\u9fff]{0,4}(制度|制|机制|模式|工作法|清单|服务|品牌|改革|行动|活动|体系|架构|策略|工程|业务|指南|手册)/.exec(
        text.norm.slice(close, close + 6),
      )?.[0];
    // “…”营商环境服务品牌 and “…”工作机制 describe the coinage; “…”代办服务架构, “…”制 and “…”快捷服务指南
    // complete it.
    const onlyGeneric = tail !== undefined && tail.replace(/工作|服务|机制|制度|模式|体系|品牌|业务/g, "") === "";
    const keepTail =
      tail !== undefined &&
      !onlyGeneric &&
      !(genericTail.test(tail) && (tail.length < 4 || /(服务|品牌|改革|行动|活动|业务)$/.test(tail)));
    const verb = wordBefore(text.seg, m.index);
    let score = 0.35;
    if (tail) score += 0.25;
    if (verb && practiceVerbs.test(verb.text)) score += 0.15;
    if (/即|\+|^一.一.|合一|^零|^全|式$|^[预联并容]/.test(inner)) score += 0.1;
    score += practiceWords.test(inner + (tail ?? "")) ? 0.1 : -0.15;
    // “百企联动”“千亩熟地”“万方楼宇”三大招商方案: quotes back to back list coined names.
    if (text.norm[m.index - 1] === "”" || text.norm[close] === "“") score += 0.2;
    // “全程网办、智能秒批”, “挂图作战、…、跟踪督办”四项机制: a quote listing practices of four characters or more
    // proposes each of them, unless one suffix follows it (“首接牵头、并联办理”机制 is one mechanism).
    const parts = inner.split("、");
    const oneName = tail !== undefined && !/^[\d一二三四五六七八九十两]+[项个大]/.test(tail);
    if (parts.length > 1 && parts.every((part) => part.length >= 4) && !oneName) {
      let pos = m.index + 1;
      for (const part of parts) {
        if (!notPractices.test(part))
          out.push({ start: pos, end: pos + part.length, name: part, score, rule: "quoted" });
        pos += part.length + 1;
      }
      continue;
    }
    out.push({
      start: m.index + 1,
      end: keepTail ? close + (tail?.length ?? 0) : close - 1,
      name: keepTail ? inner + tail : inner,
      score,
      rule: "quoted",
    });
  }
  return out;
}

function wordBefore(seg: Segmentation, pos: number): Word | undefined {
  let i = (seg.wordOf[pos - 1] ?? -1) as number;
  while (i >= 0 && /^[“"「『\s]$/.test(seg.words[i]?.text ?? "")) i--;
  return seg.words[i];
}

/**
 * 围绕定点招商、产业招商、以商招商: a list of two or more recruitment modes names each one; the known ones (以商招商)
 * are dropped later as taxonomy wordings, the rest are new.
 */
function recruitmentModes(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  // On the compact text, so “飞地”招商 and a stray space (代理 招商) still read as modes.
  const { compact } = text;
  for (const m of compact.matchAll(/(?:[\u4e00-\u9fff]{2,4}招商[、和及与]){1,6}[\u4e00-\u9fff]{2,4}招商/g)) {
    let pos = m.index;
    for (const item of m[0].split(/[、和及与]/)) {
      const suffixStart = pos + item.length - 2;
      const start = nameStart(compact, suffixStart, { maxKernel: 4 });
      pos += item.length + 1;
      if (suffixStart - start < 2) continue;
      const span = normSpanOfCompact(text, start, suffixStart + 2);
      out.push({ ...span, name: compact.slice(start, suffixStart + 2), score: 0.45, rule: "mode" });
    }
  }
  return out;
}

/** 开展预勘验、预指导、预审查服务 → 预勘验, 预指导, 预审查: the objects of a practice verb, split at 、. */
function verbObjects(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  const { words } = text.seg;
  for (let i = 0; i < words.length; i++) {
    const verb = words[i] as Word;
    if (!practiceVerbs.test(verb.text)) continue;
    const rest = text.norm.slice(verb.end, verb.end + 40);
    // 构建以区招商局为“前端”…, 打造成为…: a preposition or 成为 after the verb introduces no practice name.
    if (/^(以|为|对|在|成为|成|于|了|起|好)/.test(rest)) continue;
    const object = /^[^，。；：,;:！？!?()（）\n“”"]+/.exec(rest)?.[0] ?? "";
    for (const piece of splitList(text.seg, verb.end, verb.end + object.length)) {
      const raw = text.norm.slice(piece.start, piece.end);
      // 开展的招商引资百日会战活动中, 组建县委书记挂帅的招商小组: the practice is what follows the last 的, and 中
      // only places it.
      const lead = raw.lastIndexOf("的") + 1;
      const start = piece.start + lead;
      const part = raw.slice(lead).replace(/[中里]$/, "");
      const name = part.replace(genericTail, "");
      if (name.length < 3 || name.length > 12 || notPractices.test(name)) continue;
      // 实施阶段提供代办帮办: a second verb inside the object makes it a clause, not a name.
      const clause = /\d|提供|开展|实施|推行|形成|收集|整理|梳理|围绕/.test(name);
      if (!practiceWords.test(part.replace(/服务$/, "")) || clause) continue;
      // 工口部门单位对接, 部门单位主抓责任清单: units doing things, not the name of a practice.
      if (/部门|单位|协会/.test(name)) continue;
      out.push({ start, end: start + name.length, name, score: 0.45, rule: "verb-object" });
    }
  }
  return out;
}

/**
 * [start, end) cut at 、 and at the conjunctions the segmenter sees as words (工业用地弹性出让和信用承诺预审制), never
 * inside a word (参与, 以及).
 */
function splitList(seg: Segmentation, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (const w of wordsIn(seg, start, end)) {
    if (w.text !== "、" && !(w.tag === "c" && /^(和|及|与)$/.test(w.text))) continue;
    pieces.push({ start: from, end: w.start });
    from = w.end;
  }
  pieces.push({ start: from, end });
  return pieces;
}

/** 告知承诺制, 客商需求台账, 项目推进群: a practice suffix and the words before it, cut where a name cannot go on. */
function suffixNames(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  for (const w of text.seg.words) {
    const suffix = suffixes.exec(w.text)?.[0];
    if (!suffix || notSystem.test(w.text)) continue;
    // The suffix may be the word itself (制) or its end (承诺制); both end the name here.
    const head = w.text.slice(0, w.text.length - suffix.length);
    let start = w.start;
    let kernel = head;
    for (let i = (text.seg.wordOf[w.start] ?? 0) - 1; i >= 0; i--) {
      const prev = text.seg.words[i] as Word;
      const stop =
        (leftStopTags.test(prev.tag) && !areaWords.test(prev.text)) ||
        leftStopWords.test(prev.text) ||
        practiceVerbs.test(prev.text) ||
        !/^[\u4e00-\u9fff]+$/.test(prev.text);
      if (stop || kernel.length + prev.text.length > 8) break;
      kernel = prev.text + kernel;
      start = prev.start;
    }
    if (kernel.length < 2 || genericKernel.test(kernel)) continue;
    const keep = genericTail.test(suffix) && kernel.length >= 3;
    const name = keep ? kernel : kernel + suffix;
    out.push({ start, end: keep ? w.end - suffix.length : w.end, name, score: 0.45, rule: "suffix" });
  }
  return out;
}

/** 半月一交帐、一月一巡查: a fixed rhythm of reporting or inspection. */
function rhythms(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  for (const m of text.norm.matchAll(
    /(半月|一月|每月|每周|一周|一季|半年|一年|每季|每日|一日)一([\u4e00-\u9fff]{1,2})/g,
  )) {
    const span = snapToWords(text.seg, m.index, m.index + m[0].length);
    out.push({ ...span, name: text.norm.slice(span.start, span.end), score: 0.5, rule: "rhythm" });
  }
  return out;
}

/** Idioms of the 一X一Y shape that name no practice. */
const idioms = /^(一心一意|一点一滴|一草一木|一砖一瓦|一针一线|一朝一夕|一言一行|一举一动|一五一十|一模一样)$/;

/** 一企一员, 一项目一方案: one thing per unit, cut at word boundaries (一对一服务, not 一对一服). */
function pairs(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  for (const m of text.norm.matchAll(/一([\u4e00-\u9fff]{1,3}?)一([\u4e00-\u9fff])/g)) {
    const span = snapToWords(text.seg, m.index, m.index + m[0].length);
    const name = text.norm.slice(span.start, span.end);
    if (idioms.test(name) || name.length > 8 || /^一(是|方面|批|些|步|直|起|同|并|定)/.test(name)) continue;
    out.push({ ...span, name, score: 0.45, rule: "pair" });
  }
  return out;
}

/** The lead phrase of a numbered item: 一是一企一员，… / 二、签约即进场。/ (三)… / 1.… */
function leadPhrases(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  const pattern =
    /(?:^|[。；\n])\s*(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))\s*([^，。；：,;:\n]{3,14})[，。；：,;:]/g;
  for (const m of text.norm.matchAll(pattern)) {
    const lead = m[1] ?? "";
    const start = m.index + m[0].length - 1 - lead.length;
    if (
      !practiceWords.test(lead) ||
      /的|提供|阶段/.test(lead) ||
      /^(强化|加强|优化|完善|深化|提升|坚持|突出|注重|狠抓|做好|全力|持续|聚焦|梳理|夯实|拓展|激活|苦练|借势|高位|扎实|严格|明确|构建|制度)/.test(
        lead,
      )
    ) {
      continue;
    }
    out.push({ start, end: start + lead.length, name: lead, score: 0.45, rule: "lead" });
  }
  return out;
}
