import { type Proposal, proposeAll } from "./candidate-rules.ts";
import { notPractices } from "./candidate-words.ts";
import type { Found } from "./items.ts";
import { snapToWords } from "./segment.ts";
import { type Suggestion, suggestMeasures } from "./suggestions.ts";
import { type PreparedText, sentenceAt } from "./text.ts";

/**
 * New-practice candidates: proposals from the text's own structure and wording (candidate-rules.ts), cut at word
 * boundaries, dropped where a taxonomy measure or a named entity covers most of them, merged by name and ranked.
 * Each distinct name is one finding at its first mention, with every mention, the rules that proposed it and the
 * closest existing measures as suggestions for the reviewer. Flagged (`candidate`), never merged into a measure.
 */
export interface CandidateFound extends Found {
  candidate: true;
  rank: number;
  mentions: { start: number; end: number }[];
  rules: Proposal["rule"][];
  suggestions: Suggestion[];
}

/** Below this a proposal is more often a slogan or an ordinary phrase than a practice (tuned on the dev texts). */
const minScore = 0.4;

export function findCandidates(
  text: PreparedText,
  measures: readonly Found[],
  entities: readonly Found[] = [],
): CandidateFound[] {
  const covered = (p: { start: number; end: number }, by: readonly Found[]) =>
    by.some((m) => overlap(p, m) * 5 >= (p.end - p.start) * 3);
  const groups = new Map<string, Proposal[]>();
  const proposals = proposeAll(text);
  const explained = explanations(text, proposals);
  for (const raw of proposals) {
    if (raw.rule !== "quoted" && explained.some((e) => raw.start >= e.start && raw.start < e.end)) continue;
    const p = snapped(text, raw);
    if (p.name.length < 3 || p.name.length > 16 || /^\d+$/.test(p.name) || notPractices.test(p.name)) continue;
    // 部门单位主抓责任清单: units doing things, not the name of a practice.
    if (/部门|单位|协会/.test(p.name)) continue;
    if (covered(p, measures) || covered(p, entities) || knownVariant(text, p, measures)) continue;
    const group = groups.get(p.name);
    if (group) group.push(p);
    else groups.set(p.name, [p]);
  }
  mergeQuotedPrefixes(groups);
  const scored = [...groups.entries()].map(([name, group]) => {
    const rules = [...new Set(group.map((g) => g.rule))];
    const starts = new Set<number>();
    const mentions = group
      .filter((g) => !starts.has(g.start) && starts.add(g.start))
      .map((g) => ({ start: g.start, end: g.end }))
      .sort((a, b) => a.start - b.start);
    const best = Math.max(...group.map((g) => g.score));
    const score = Math.min(0.85, best + 0.1 * (rules.length - 1) + 0.05 * (mentions.length - 1));
    return { name, rules, mentions, score: Number(score.toFixed(2)) };
  });
  const kept = scored.filter((c) => c.score >= minScore && !nestedInStronger(c, scored));
  kept.sort((a, b) => b.score - a.score || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return kept.map((c, i) => {
    const first = c.mentions[0] as { start: number; end: number };
    return {
      type: "measure",
      candidate: true,
      ...first,
      key: c.name,
      confidence: c.score,
      rank: i + 1,
      mentions: c.mentions,
      rules: c.rules,
      suggestions: suggestMeasures(c.name),
    };
  });
}

/**
 * “一单四制”，即…交办制、台账制、销号制、通报制 and “一六一”工作机制：成立…即…: after a quoted coinage, 即 or a colon
 * opens its explanation to the end of the sentence; the parts named there belong to the coinage.
 */
function explanations(text: PreparedText, proposals: readonly Proposal[]): { start: number; end: number }[] {
  return proposals.flatMap((p) => {
    if (p.rule !== "quoted") return [];
    const close = text.norm.indexOf("”", p.start);
    if (close < 0) return [];
    const opener = /^[\u4e00-\u9fff]{0,4}?(?:[,，]?即|[:：])/.test(text.norm.slice(close + 1, close + 8));
    return opener ? [{ start: close + 1, end: sentenceAt(text, close + 1).end }] : [];
  });
}

/**
 * The same coinage quoted twice with different tails (“1+1+N”代办服务架构, then “1+1+N”…模式 where the tail was
 * dropped) is one candidate: the bare quote's mentions join the longest name that starts with it.
 */
function mergeQuotedPrefixes(groups: Map<string, Proposal[]>): void {
  for (const [name, group] of groups) {
    if (!group.every((g) => g.rule === "quoted")) continue;
    const longer = [...groups.keys()]
      .filter(
        (other) => other !== name && other.startsWith(name) && groups.get(other)?.some((g) => g.rule === "quoted"),
      )
      .sort((a, b) => b.length - a.length)[0];
    if (!longer) continue;
    groups.get(longer)?.push(...group);
    groups.delete(name);
  }
}

/**
 * Words that add nothing to a taxonomy wording: 代办服务体系, 全流程审批代办 and 专项代办窗口 are 代办 still, 在建招商引资
 * 项目清单 a 项目清单, 标准地出让改革 标准地, 承诺制项目12个 承诺制.
 */
const genericWords =
  /服务|体系|联动|全流程|全过程|全程|流程|审批|定制式|专项|窗口|工作站|机制|模式|项目|投资|重大|重点|无偿|免费|制度|制|事项|清单|团队|工作|办理|推进|在建|招商引资|一般|工业|落地|出让|改革|全参与|全覆盖|全方位|到底|等|\d+[个项家]?|[一二三四五六七八九十百千]+个/g;

/** A proposal that is a taxonomy wording plus generic words is that measure in other words, not a new practice. */
function knownVariant(text: PreparedText, p: Proposal, measures: readonly Found[]): boolean {
  const inside = measures.filter((m) => m.start >= p.start && m.end <= p.end && !m.candidate);
  if (inside.length === 0) return false;
  let rest = text.norm.slice(p.start, p.end);
  for (const m of inside.sort((a, b) => b.start - a.start)) {
    rest = rest.slice(0, m.start - p.start) + rest.slice(m.end - p.start);
  }
  return rest.replace(genericWords, "").replace(/[^\u4e00-\u9fff\w]/g, "").length < 2;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A proposal's span widened to whole words; the name follows unless a generic tail was dropped on purpose. */
function snapped(text: PreparedText, p: Proposal): Proposal {
  const span = snapToWords(text.seg, p.start, p.end);
  const whole = text.norm.slice(span.start, span.end);
  const name = p.name === text.norm.slice(p.start, p.end) ? whole : p.name;
  return { ...p, ...span, name: name.replace(/[“”"「」『』\s]/g, "") };
}

/** A name whose every mention sits inside a mention of a longer, higher-scored name adds nothing (专班 in 专班制). */
function nestedInStronger(
  c: { name: string; score: number; mentions: { start: number; end: number }[] },
  all: readonly { name: string; score: number; mentions: { start: number; end: number }[] }[],
): boolean {
  return all.some(
    (o) =>
      o !== c &&
      o.score >= c.score &&
      o.name.length > c.name.length &&
      c.mentions.every((m) => o.mentions.some((n) => n.start <= m.start && m.end <= n.end)),
  );
}
