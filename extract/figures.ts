import type { FigureNode } from "../graph-schema/index.ts";
import type { FigureData, Found } from "./items.ts";
import {
  normalise,
  numeralSource,
  parseNumeral,
  qualifierOf,
  type UnitSpec,
  unitBySpelling,
  unitSource,
} from "./numbers.ts";
import type { PreparedText } from "./text.ts";

type Metric = FigureNode["metric"];

/**
 * Figures with units (35亿元, 四百一十亩, 20万吨/年), dates (2022年9月, 9月28日) and durations (不到4个月, 51天).
 * The Chinese numeral part is lazy so 三十五亿元 reads as 35 + 亿元, the way the case wrote it.
 */
const lazyNumeral = numeralSource.replace("]+", "]+?");
const figurePattern = new RegExp(`(?<![\\d.]|\\d,)(${lazyNumeral})\\s?(${unitSource})`, "g");

const cnDigits = "〇零一二三四五六七八九十";
const datePattern = new RegExp(
  `(\\d{4}|[${cnDigits}]{4})年(\\d{1,2}|[${cnDigits}]{1,3})月(?:(\\d{1,2}|[${cnDigits}]{1,3})[日号])?`,
  "g",
);
const monthDayPattern = /(?<![\d年])(\d{1,2})月(\d{1,2})[日号]/g;

/** Duration words that make a bare 年 (or 半年) a span of time rather than a year or 半年一小结. */
const yearDurationBefore = /(用|用了|历时|仅|不到|不足|近|约|短短|只用|花了)$/;
const yearDurationAfter = /^(内|时间|多|左右|以来)/;

export function findFigures(text: PreparedText): Found[] {
  const found: Found[] = [];
  const dateSpans: [number, number][] = [];
  for (const m of text.norm.matchAll(datePattern)) {
    const date = isoDate(m[1], m[2], m[3]);
    if (!date) continue;
    dateSpans.push([m.index, m.index + m[0].length]);
    found.push(dateFound(text, m.index, m[0].length, date, 0.9));
  }
  let lastYear = found.length > 0 ? found[0]?.figure?.date?.slice(0, 4) : undefined;
  for (const m of text.norm.matchAll(monthDayPattern)) {
    if (dateSpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    // A day without a year takes the nearest year stated before it; confidence drops because that is a guess.
    lastYear = yearBefore(text.norm, m.index) ?? lastYear;
    if (!lastYear) continue;
    const date = isoDate(lastYear, m[1], m[2]);
    if (date) found.push(dateFound(text, m.index, m[0].length, date, 0.6));
  }
  for (const m of text.norm.matchAll(figurePattern)) {
    const spec = unitBySpelling.get(m[2] ?? "");
    const value = parseNumeral(m[1] ?? "");
    if (!spec || value === undefined || value === 0) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (dateSpans.some(([s, e]) => start < e && s < end)) continue;
    const before = clauseBefore(text.norm, start);
    const after = text.norm.slice(end, end + 4);
    if (/^级/.test(after)) continue; // 百亿级 is a size class, not a reported value.
    // 百亿光伏项目: a bare 亿 right before a noun sizes the thing, like 百亿级.
    if (spec.unit === "亿" && /^[\u4e00-\u9fff]/.test(after) && !/^[元多余的]/.test(after)) continue;
    // 一家企业, 一个项目: "one" as an article, not a count worth a Figure.
    if (spec.family === "count" && m[1] === "一") continue;
    // 三元锂, 一元化: a bare 元 after a Chinese numeral is a word, not money.
    if (spec.unit === "元" && !/^\d/.test(m[1] ?? "")) continue;
    if (spec.unit === "年" && (value >= 100 || !(yearDurationBefore.test(before) || yearDurationAfter.test(after)))) {
      continue;
    }
    found.push(figureFound(spec, value, start, end, before, after));
  }
  return found.sort((a, b) => a.start - b.start);
}

function figureFound(spec: UnitSpec, value: number, start: number, end: number, before: string, after: string): Found {
  const metric = metricOf(spec, before);
  const normalized = normalise(value, spec);
  const figure: FigureData = { metric: metric.metric, value, unit: spec.unit, qualifier: qualifierOf(before, after) };
  if (normalized) figure.normalized = normalized;
  const key = normalized ? `${normalized.value} ${normalized.unit}` : `${value} ${spec.unit}`;
  return {
    type: spec.family === "duration" ? "duration" : "figure",
    start,
    end,
    key,
    confidence: metric.byKeyword ? 0.85 : 0.6,
    figure,
  };
}

/** Up to 14 characters before a number, back to the start of its clause: 总投资约, 年产值超, 用地面积约. */
function clauseBefore(norm: string, start: number): string {
  const window = norm.slice(Math.max(0, start - 14), start);
  const cut = Math.max(...[..."，,。；;、\n"].map((c) => window.lastIndexOf(c)));
  return window.slice(cut + 1).replace(/\s+/g, "");
}

const moneyMetrics: readonly [RegExp, Metric][] = [
  [/产值|营收|销售|收入/, "output"],
  [/税/, "tax"],
  [/固定资产|固投/, "fixedInvestment"],
  [/到位/, "fundsInPlace"],
  [/合同(利用)?外资/, "fdiContracted"],
  [/实际(使用|利用)?外资|实到外资/, "fdiActual"],
  [/投资|投入/, "investment"],
];

const countMetrics: Readonly<Record<string, Metric>> = {
  个项目: "projectCount",
  家企业: "firmCount",
  个问题: "problemsSolved",
  个部门: "departmentCount",
};

function metricOf(spec: UnitSpec, before: string): { metric: Metric; byKeyword: boolean } {
  switch (spec.family) {
    case "money": {
      const hit = moneyMetrics.find(([re]) => re.test(before));
      return hit ? { metric: hit[1], byKeyword: true } : { metric: "investment", byKeyword: false };
    }
    case "land":
      return { metric: "land", byKeyword: true };
    case "area":
      return { metric: "floorArea", byKeyword: true };
    case "capacity":
      return { metric: "capacity", byKeyword: true };
    case "count":
      return { metric: countMetrics[spec.unit] ?? "projectCount", byKeyword: true };
    case "percent":
      return /占/.test(before) ? { metric: "share", byKeyword: true } : { metric: "growthRate", byKeyword: false };
    case "duration":
      return { metric: "duration", byKeyword: true };
  }
}

const dateMetrics: readonly [RegExp, Metric][] = [
  [/落户/, "landingDate"],
  [/试生产|试产/, "trialProductionDate"],
  [/投产|达产/, "productionDate"],
  [/签约|签订|签署/, "signingDate"],
  [/开工|动工|奠基/, "startDate"],
  [/摘牌|拿地|取得土地|土地出让/, "landDate"],
  [/挂牌/, "landListingDate"],
  [/备案/, "filingDate"],
  [/施工许可|许可证/, "permitDate"],
  [/结顶|封顶/, "toppingOutDate"],
  [/决定|拍板/, "decisionDate"],
  [/接触|洽谈|对接/, "contactDate"],
];

function dateFound(text: PreparedText, start: number, length: number, date: string, confidence: number): Found {
  const end = start + length;
  const rest = text.norm.slice(end, end + 60);
  // The event word belongs to this date only up to the end of the sentence or the next date, whichever comes first.
  const stop = rest.search(/[。；]|\d{1,2}月|[〇零一二三四五六七八九十\d]{4}年/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  let metric: Metric | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const [re, m] of dateMetrics) {
    const i = sentence.search(re);
    if (i >= 0 && i < at) [metric, at] = [m, i];
  }
  const figure: FigureData = { date };
  if (metric) figure.metric = metric;
  return { type: "date", start, end, key: date, confidence: metric ? confidence : confidence - 0.2, figure };
}

function isoDate(year?: string, month?: string, day?: string): string | undefined {
  const y = year === undefined ? undefined : parseNumeral(year);
  const mo = month === undefined ? undefined : parseNumeral(month);
  if (y === undefined || mo === undefined || y < 1990 || y > 2100 || mo < 1 || mo > 12) return undefined;
  const base = `${y}-${String(mo).padStart(2, "0")}`;
  if (day === undefined) return base;
  const d = parseNumeral(day);
  return d !== undefined && d >= 1 && d <= 31 ? `${base}-${String(d).padStart(2, "0")}` : base;
}

function yearBefore(norm: string, pos: number): string | undefined {
  const years = [...norm.slice(Math.max(0, pos - 400), pos).matchAll(/(\d{4})年/g)];
  return years.at(-1)?.[1];
}
