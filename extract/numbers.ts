import type { FigureData } from "./items.ts";

/** Chinese and Arabic numerals → numbers, and the units a case reports figures in with their normalisation. */

const digitValues: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const smallUnits: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const bigUnits: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A numeral as the regexes below capture it: Arabic with separators and decimals, Chinese, or 半. */
export const numeralSource = String.raw`(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+|半)`;

/**
 * Parses 35, 3,500, 3.5, 三十五, 四百一十, 一万五千, 两千零八 or 半. Returns undefined for anything else, so a stray
 * 一 in 一站式 never turns into a figure. Digit strings like 二〇二二 read digit by digit (years).
 */
export function parseNumeral(text: string): number | undefined {
  if (/^\d+(,\d{3})*(\.\d+)?$/.test(text)) return Number(text.replaceAll(",", ""));
  if (text === "半") return 0.5;
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return undefined;
  if (!/[十百千万亿]/.test(text)) {
    return [...text].reduce((acc, c) => acc * 10 + (digitValues[c] ?? 0), 0);
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of text) {
    const d = digitValues[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = smallUnits[c];
    if (small !== undefined) {
      // 十五 means 15: a bare 十 has an implied 一.
      section += (digit || 1) * small;
      digit = 0;
      continue;
    }
    const big = bigUnits[c] ?? 1;
    total = (total + section + digit) * big;
    section = 0;
    digit = 0;
  }
  return total + section + digit;
}

type Normalized = NonNullable<FigureData["normalized"]>;

/** A unit as written, what it measures, and how to normalise a value in it (money in yuan, land in mu …). */
export interface UnitSpec {
  unit: string;
  family: "money" | "land" | "area" | "capacity" | "count" | "percent" | "duration";
  factor?: number;
  normalizedUnit?: Normalized["unit"];
  /** The item key's unit where the graph schema has no normalised unit for it (HKD, hour). */
  keyUnit?: string;
  /** Counted with Arabic digits only: 四个先锋 and 三项机制 are slogans, 12个 and 56项 are counts. */
  digitsOnly?: boolean;
}

const u = (unit: string, family: UnitSpec["family"], factor?: number, normalizedUnit?: Normalized["unit"]) =>
  ({ unit, family, factor, normalizedUnit }) satisfies UnitSpec;
const keyed = (unit: string, family: UnitSpec["family"], factor: number, keyUnit: string): UnitSpec => ({
  unit,
  family,
  factor,
  keyUnit,
});
const counted = (unit: string, digitsOnly = false): UnitSpec => ({
  ...u(unit, "count", 1, "count"),
  digitsOnly,
});

/** Longest first, so 万吨/年 wins over 万吨 and 亿元 over 亿. */
export const unitSpecs: readonly UnitSpec[] = [
  keyed("亿元港币", "money", 1e8, "HKD"),
  keyed("万元港币", "money", 1e4, "HKD"),
  keyed("亿港元", "money", 1e8, "HKD"),
  keyed("万港元", "money", 1e4, "HKD"),
  u("万亿元", "money", 1e12, "yuan"),
  u("亿美元", "money", 1e8, "USD"),
  u("万美元", "money", 1e4, "USD"),
  u("美元", "money", 1, "USD"),
  u("亿元", "money", 1e8, "yuan"),
  u("万元", "money", 1e4, "yuan"),
  u("亿", "money", 1e8, "yuan"),
  u("元", "money", 1, "yuan"),
  u("万平方米", "area", 1e4, "m2"),
  u("平方米", "area", 1, "m2"),
  u("平米", "area", 1, "m2"),
  u("m2", "area", 1, "m2"),
  u("平方公里", "land", 1500, "mu"),
  u("公顷", "land", 15, "mu"),
  u("万亩", "land", 1e4, "mu"),
  u("亩", "land", 1, "mu"),
  u("万吨/年", "capacity", 1e4, "t/yr"),
  u("千吨/年", "capacity", 1e3, "t/yr"),
  u("吨/年", "capacity", 1, "t/yr"),
  u("万吨", "capacity", 1e4, "t/yr"),
  u("千吨", "capacity", 1e3, "t/yr"),
  u("吨", "capacity", 1, "t/yr"),
  u("GW", "capacity", 1, "GW"),
  u("MW", "capacity", 1, "MW"),
  u("万台套", "capacity", 1e4, "count"),
  u("台套", "capacity", 1, "count"),
  u("万套", "capacity", 1e4, "count"),
  u("万台", "capacity", 1e4, "count"),
  u("万件", "capacity", 1e4, "count"),
  u("万辆", "capacity", 1e4, "count"),
  u("个项目", "count", 1, "count"),
  u("家企业", "count", 1, "count"),
  u("个问题", "count", 1, "count"),
  u("个部门", "count", 1, "count"),
  u("个百分点", "percent", 1, "percent"),
  u("%", "percent", 1, "percent"),
  u("个工作日", "duration", 1, "workday"),
  u("工作日", "duration", 1, "workday"),
  u("个多月", "duration", 1, "month"),
  u("个月", "duration", 1, "month"),
  u("天", "duration", 1, "day"),
  u("周", "duration", 7, "day"),
  u("年", "duration", 12, "month"),
  keyed("小时", "duration", 1, "hour"),
  keyed("分钟", "duration", 1, "minute"),
  // 3日办结: a bare 日 is a span only next to words of doing within it (figures.ts checks); 19日 is a date's day.
  u("日", "duration", 1, "day"),
  // Counts last, so 个月 and 个工作日 are durations and 个项目 keeps its metric.
  counted("个批次", true),
  counted("批次"),
  counted("人次"),
  counted("场次"),
  counted("个", true),
  counted("家"),
  counted("项", true),
  counted("名"),
  counted("次"),
  counted("人"),
  counted("户"),
  counted("条", true),
  counted("幢", true),
  counted("件", true),
  counted("支", true),
  counted("套", true),
  counted("宗", true),
];

export const unitBySpelling: ReadonlyMap<string, UnitSpec> = new Map(unitSpecs.map((s) => [s.unit, s]));

export const unitSource = unitSpecs.map((s) => s.unit.replace(/[/.%]/g, "\\$&")).join("|");

/** The item key: the normalised value and unit (`410 mu`), else the value in the key unit or as written. */
export function figureKey(value: number, spec: UnitSpec): string {
  const normalized = normalise(value, spec);
  if (normalized) return `${normalized.value} ${normalized.unit}`;
  if (spec.keyUnit) return `${Number((value * (spec.factor ?? 1)).toPrecision(12))} ${spec.keyUnit}`;
  return `${value} ${spec.unit}`;
}

/** The value in normalised units, rounded to drop float noise (3.5 × 1e8). */
export function normalise(value: number, spec: UnitSpec): Normalized | undefined {
  if (!spec.normalizedUnit || spec.factor === undefined) return undefined;
  return { value: Number((value * spec.factor).toPrecision(12)), unit: spec.normalizedUnit };
}

/** Words before or after a number that say how exact it is: 约, 超, 不到, 余, 左右 … */
export function qualifierOf(before: string, after: string): FigureData["qualifier"] {
  if (/(不到|不足|少于|不超过|以内)$/.test(before) || /^(不到|不足|以内|内)/.test(after)) return "under";
  if (/(超过|超|逾|突破|以上)$/.test(before) || /^(余|多|以上)/.test(after)) return "over";
  if (/(约|大约|近|接近)$/.test(before) || /^左右/.test(after)) return "about";
  return "exact";
}
