/**
 * Text comparison for the fidelity checks: "occurs in the passage" ignores spaces, punctuation, symbols, case and
 * full/half width, so 瞄准“链主”“龙头” contains 瞄准链主龙头 and 串联→并联 matches 串联并联.
 */
export function compact(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

export function occursIn(needle: string, haystack: string): boolean {
  const n = compact(needle);
  return n.length > 0 && compact(haystack).includes(n);
}

/**
 * Tokens for the copy check: each Han character and each digit counts as one, a Latin word counts as one, so 12
 * tokens is 12 Chinese characters (the spec's rule) and, in English, a 12-word run rather than two long words.
 */
export function copyTokens(text: string): string[] {
  return [
    ...text
      .normalize("NFKC")
      .toLowerCase()
      .matchAll(/\p{Script=Han}|\d|[a-z]+/gu),
  ].map((m) => m[0]);
}

const englishNumbers: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
};

const hanDigits: Record<string, number> = {
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
const hanUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十三 → 23, 十五 → 15, 八 → 8; undefined for anything that is not a plain numeral below 10,000. */
export function hanNumeral(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in hanDigits) digit = hanDigits[ch];
    else if (ch in hanUnits) {
      total += (digit ?? 1) * (hanUnits[ch] ?? 0);
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/**
 * Every number a passage writes: digits with thousands separators and decimals (8,185 → 8185), English number words
 * (six, half, "a month"), and Chinese numerals (八个月 → 8, 半年 → 0.5).
 */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g))
    found.push(Number(m[0].replace(/,/g, "")));
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const value = englishNumbers[m[0]];
    if (value !== undefined) found.push(value);
  }
  for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千]+/g)) {
    const value = hanNumeral(m[0]);
    if (value !== undefined) found.push(value);
  }
  if (/半/.test(text)) found.push(0.5);
  // "a month", "an hour": the article as a count of one unit.
  for (const _ of text.matchAll(/\ban? (day|week|month|year|hour)\b/gi)) found.push(1);
  return found;
}

const monthNames = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
] as const;

/** Months a passage names: English month names, 9月 / 九月, and the month of an ISO date (2023-04-12). */
export function monthsIn(text: string): Set<number> {
  const months = new Set<number>();
  monthNames.forEach((names, i) => {
    // "May" only capitalised, so the modal verb does not count as a month.
    const pattern = i === 4 ? /\bMay\b/ : new RegExp(`\\b(${names.join("|")})\\b`, "i");
    if (pattern.test(text)) months.add(i + 1);
  });
  for (const m of text.matchAll(/(\d{1,2}|[一二三四五六七八九十]{1,3})月/g)) {
    const value = /\d/.test(m[1] ?? "") ? Number(m[1]) : hanNumeral(m[1] ?? "");
    if (value !== undefined && value >= 1 && value <= 12) months.add(value);
  }
  for (const m of text.matchAll(/\b\d{4}[-/](\d{2})(?:[-/]\d{2})?\b/g)) months.add(Number(m[1]));
  return months;
}
