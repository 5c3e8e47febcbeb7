import { nameStart } from "./names.ts";
import { type Segmentation, snapToWords, type Word, wordsIn } from "./segment.ts";
import type { PreparedText } from "./text.ts";

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

/** Verbs that introduce a practice the text presents as done. */
const practiceVerbs =
  /^(开展|推行|实行|实施|推出|探索|建立|构建|打造|首推|提供|落实|运用|采用|组建|设立|成立|创新|深化|试行|施行|推广|健全|启用|开通|创新实施|灵活运用)$/;

/** Words a practice name is made of; an object without one (专题培训, 相关工作) names no practice. */
export const practiceWords =
  /审批|代办|帮办|办理|服务|招商|预审|预|清单|台账|专班|机制|制$|事.{0,3}办|^以.{1,2}[招引等选聚]商$|出让|供地|验收|踏勘|勘验|指导|审查|评估|承诺|群$|小分队|团队|模式|工作法|走访|对接|联动|会商|调度|督办|巡查|通报|交帐|回访|上门|驿站|超市|平台|即|一.一|\+|合一|秒批|网办|赋权|包联|挂点/;

/** Practice names end with these; the generic ones (服务, 模式, 机制) are dropped from the key when a name remains. */
const suffixes = /(制|机制|工作法|清单|台账|小分队|服务队|服务团队|服务团|服务小组|推进群|工作群|超市|驿站|模式)$/;
const genericTail = /(服务|模式|机制|业务|工作|制度|体系|品牌|改革|行动|活动|策略)$/;

/** Quoted words that are slogans, goals or metaphors, not practices. */
const notPractices =
  /^(开门红|强磁场|助推器|快进键|加速度|突破口|标杆|核心竞争力|藩篱|卡壳|金字招牌|一号工程|一把手工程|牛鼻子|主战场|主力军|组合拳|硬核|前端|后台|全参与|全覆盖|全方位|内功|外功|智脑|熟地|链主|小巨人|总客服|双一流|零障碍|减法|加法|店小二|精准招商|招商引资|项目建设)$|^以.{1,4}促.{1,4}$/;
/** Kernels of a suffix name that make it generic (工作机制, 长效机制, 责任制). */
const genericKernel =
  /^(工作|长效|联动|协调|运行|管理|服务|相关|一套|这种|有效|考核|责任|保障|推进|协作|合作|创新|紧密协作|体|编|控|管|专|任务|问题|工作推进|项目|重点项目|审批|统筹)$/;
/** Words ending in 制 that are verbs or nouns of their own, not a system: 绘制, 编制, 控制, 体制 … */
const notSystem = /^(绘制|编制|控制|体制|研制|限制|抵制|节制|管制|定制|复制|压制|强制|建制|创制|牵制)$/;
/** Area words that start a name rather than end the text before it (市域统筹, 县域…). */
const areaWords = /^(市域|县域|区域|全域|跨域|镇域)$/;
/** Word tags that end a name on its left: verbs of speech, prepositions, conjunctions, particles, pronouns, places. */
const leftStopTags = /^(p|c|u.*|r.*|ns|a|ad|d|m|b|f|t|q|x)$/;
const leftStopWords = /^(的|在|与|和|及|对|为|了|等|是|将|把|被|从|由|首推|全市|全区|全县|重大|一般)$/;

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

const bodyStart = (text: PreparedText) => (text.paragraphs.length > 1 ? (text.paragraphs[0]?.end ?? 0) : 0);

/** “X”, “X”制, “X”模式 … in the body (the title's quotes are the series' slogan). */
function quoted(text: PreparedText): Proposal[] {
  const out: Proposal[] = [];
  const from = bodyStart(text);
  for (const m of text.norm.matchAll(/[“"「『]([^”"」』\n。，；！？!?]{2,24})[”"」』]/g)) {
    const inner = m[1] ?? "";
    // A long quote is a sentence someone said, unless it lists names (“挂图作战、精准招商、项目专班、跟踪督办”).
    if (inner.length > 14 && !inner.includes("、")) continue;
    if (m.index < from || notPractices.test(inner) || /^[\d.]+$/.test(inner)) continue;
    const close = m.index + m[0].length;
    // “一卡通”制, “1+1+N”代办服务架构: a short phrase up to a practice suffix belongs to the name.
    const tail =
      /^[\u4e00-\u9fff]{0,4}(制度|制|机制|模式|工作法|清单|服务|品牌|改革|行动|活动|体系|架构|策略|工程|业务)/.exec(
        text.norm.slice(close, close + 6),
      )?.[0];
    // “…”营商环境服务品牌 describes the coinage; “…”代办服务架构 and “…”制 complete it.
    const keepTail =
      tail !== undefined &&
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
  for (const m of text.norm.matchAll(/(?:[\u4e00-\u9fff]{2,4}招商[、和及]){1,6}[\u4e00-\u9fff]{2,4}招商/g)) {
    let pos = m.index;
    for (const item of m[0].split(/[、和及]/)) {
      const suffixStart = pos + item.length - 2;
      const start = nameStart(text.norm, suffixStart, { maxKernel: 4 });
      pos += item.length + 1;
      if (suffixStart - start < 2) continue;
      out.push({
        start,
        end: suffixStart + 2,
        name: text.norm.slice(start, suffixStart + 2),
        score: 0.45,
        rule: "mode",
      });
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
      if (!practiceWords.test(part.replace(/服务$/, "")) || /\d|提供|开展|实施|推行/.test(name)) continue;
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
