import type { FigureNode } from "../graph-schema/index.ts";
import type { FigureData, Found } from "./items.ts";
import {
  figureKey,
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
const figurePattern = new RegExp(`(?<![\\d.]|\\d,)(${lazyNumeral})\\s?(余|多)?(${unitSource})`, "g");
/** 3至7个工作日, 2—3个月: the first number of a range takes the unit of the second. */
const rangePattern = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s?(?:至|到|—|–|-|~)\\s?(?=\\d+(?:\\.\\d+)?\\s?(${unitSource}))`,
  "g",
);
/** 2024-06-11, 2024/6/11, 2024.06.11: a stated date in numeric form. */
const isoPattern = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
/** Words around a bare 日 that make it a span (3日办结, 仅用5日), not the day of a date. */
const dayBefore = /(仅|用|只用|不到|不超过|压缩至|缩短至|压缩到|缩短到|在|限|需|要|提前)$/;
const dayAfter = /^(内|办结|完成|办理|出证|发证|即|之内|以内)/;

const cnDigits = "〇零一二三四五六七八九十";
const datePattern = new RegExp(
  `(\\d{4}|[${cnDigits}]{4})年(\\d{1,2}|[${cnDigits}]{1,3})月(?:(\\d{1,2}|[${cnDigits}]{1,3})[日号])?`,
  "g",
);
// Not after a year (2016年12月31日 is read whole above); 去年12月26日 keeps its day without a year.
const monthDayPattern = /(?<!\d年|\d)(\d{1,2})月(\d{1,2})[日号]/g;

/** Duration words that make a bare 年 (or 半年) a span of time rather than a year or 半年一小结. */
const yearDurationBefore = /(用|用了|历时|仅|不到|不足|近|约|短短|只用|花了)$/;
const yearDurationAfter = /^(内|时间|多|左右|以来)/;

export function findFigures(text: PreparedText): Found[] {
  const found: Found[] = [];
  const dateSpans: [number, number][] = [];
  for (const m of [...text.norm.matchAll(datePattern), ...text.norm.matchAll(isoPattern)]) {
    const date = isoDate(m[1], m[2], m[3]);
    if (!date) continue;
    dateSpans.push([m.index, m.index + m[0].length]);
    found.push(dateFound(text, m.index, m[0].length, { key: date, date }, 0.9));
  }
  let lastYear = found.length > 0 ? found[0]?.figure?.date?.slice(0, 4) : undefined;
  for (const m of text.norm.matchAll(monthDayPattern)) {
    if (dateSpans.some(([s, e]) => m.index >= s && m.index < e)) continue;
    dateSpans.push([m.index, m.index + m[0].length]);
    // The key is the day as stated (--09-28); the year, when the text gave one before, is a flagged guess.
    const key = `--${String(m[1]).padStart(2, "0")}-${String(m[2]).padStart(2, "0")}`;
    lastYear = yearBefore(text.norm, m.index) ?? lastYear;
    const date = lastYear ? isoDate(lastYear, m[1], m[2]) : undefined;
    found.push(dateFound(text, m.index, m[0].length, { key, date, yearInferred: date !== undefined }, 0.6));
  }
  const push = (spec: UnitSpec, numeral: string, start: number, end: number, more = "") => {
    const value = parseNumeral(numeral);
    if (value === undefined || value === 0) return;
    if (dateSpans.some(([s, e]) => start < e && s < end)) return;
    const before = clauseBefore(text.norm, start);
    const after = more + text.norm.slice(end, end + 4);
    // 百亿级 is a size class; 第四日 and 第3个 are ordinals, while 第9天发证 still counts the days to it.
    if (/^级/.test(after) || (/第$/.test(before) && spec.unit !== "天")) return;
    // 百亿光伏项目: a bare 亿 right before a noun sizes the thing, like 百亿级.
    if (spec.unit === "亿" && /^[\u4e00-\u9fff]/.test(after) && !/^[元多余的]/.test(after)) return;
    // 一家企业, 一个项目: "one" as an article, not a count worth a Figure; 四个先锋 is a slogan.
    if (spec.family === "count" && (numeral === "一" || (spec.digitsOnly === true && !/^\d/.test(numeral)))) return;
    // 三元锂, 一元化: a bare 元 after a Chinese numeral is a word, not money.
    if (spec.unit === "元" && !/^\d/.test(numeral)) return;
    if (spec.unit === "年" && (value >= 100 || !(yearDurationBefore.test(before) || yearDurationAfter.test(after)))) {
      return;
    }
    if (spec.unit === "日" && !(dayBefore.test(before) || dayAfter.test(after))) return;
    // 八小时以外 is a time of day outside office hours and 24小时不打烊 a service's hours, not spans the case took;
    // 第二天 is the next day; 三次产业 the tertiary sector.
    if (spec.family === "duration" && /^(以外|之外|不打烊|服务|值守|在线)/.test(after)) return;
    if (/第$/.test(before) && !/^\d/.test(numeral)) return;
    if (spec.unit === "次" && /^产业/.test(after)) return;
    // “千亩熟地”, “百个项目大比拼”: a number inside a quoted slogan names the slogan, it reports nothing.
    if (insideQuote(text.norm, start, end)) return;
    found.push(figureFound(spec, value, start, end, before, after));
  };
  for (const m of text.norm.matchAll(figurePattern)) {
    const spec = unitBySpelling.get(m[3] ?? "");
    if (spec) push(spec, m[1] ?? "", m.index, m.index + m[0].length, m[2]);
  }
  for (const m of text.norm.matchAll(rangePattern)) {
    const spec = unitBySpelling.get(m[2] ?? "");
    if (spec) push(spec, m[1] ?? "", m.index, m.index + (m[1] ?? "").length);
  }
  return found.sort((a, b) => a.start - b.start);
}

function figureFound(spec: UnitSpec, value: number, start: number, end: number, before: string, after: string): Found {
  const metric = metricOf(spec, before);
  const normalized = normalise(value, spec);
  const figure: FigureData = { metric: metric.metric, value, unit: spec.unit, qualifier: qualifierOf(before, after) };
  if (normalized) figure.normalized = normalized;
  const key = figureKey(value, spec);
  return {
    type: spec.family === "duration" ? "duration" : "figure",
    start,
    end,
    key,
    confidence: metric.byKeyword ? 0.85 : 0.6,
    figure,
  };
}

/** Inside a short “…” on one line: the quote opens before `start` and closes after `end`, with no close in between. */
function insideQuote(norm: string, start: number, end: number): boolean {
  const open = norm.lastIndexOf("“", start);
  if (open < 0 || start - open > 12 || /[”\n]/.test(norm.slice(open, start))) return false;
  const close = norm.indexOf("”", end);
  return close >= 0 && close - end <= 12 && !/\n/.test(norm.slice(end, close));
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

interface DateReading {
  key: string;
  date: string | undefined;
  yearInferred?: boolean;
}

function dateFound(text: PreparedText, start: number, length: number, reading: DateReading, confidence: number): Found {
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
  // Without any year the day stays an item: a Figure node needs a full date.
  const figure: FigureData = reading.date ? { date: reading.date } : {};
  if (reading.date && metric) figure.metric = metric;
  if (reading.yearInferred) figure.yearInferred = true;
  return { type: "date", start, end, key: reading.key, confidence: metric ? confidence : confidence - 0.2, figure };
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
