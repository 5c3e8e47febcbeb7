import type { Lang } from "../state/state.ts";

/**
 * English for node names the data leaves without one (imported cases, new companies): known suffixes are glossed
 * (有限公司 → Co., Ltd.), the rest is transliterated to pinyin. The result is marked `generated` so the UI can say
 * so. pinyin-pro (its dictionary is most of its 320 kB) is loaded only when a name needs it: the bundled cases all
 * carry `nameEn`.
 */

export interface NodeLabel {
  text: string;
  /** True when the English was made here rather than taken from the data. */
  generated: boolean;
}

type Transliterate = (text: string) => string[];

let transliterate: Transliterate | null = null;
let loading: Promise<void> | null = null;

/** Loads the transliterator once; resolves when generated names can use pinyin. */
export function loadTransliteration(): Promise<void> {
  loading ??= import("pinyin-pro").then((mod) => {
    transliterate = (text) => mod.pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" });
  });
  return loading;
}

/** For tests and callers that already hold the function (e.g. Node, where the import is cheap). */
export function useTransliteration(fn: Transliterate): void {
  transliterate = fn;
}

/** Suffixes glossed word for word, longest first so 有限公司 wins over 公司. */
const suffixes: readonly [string, string][] = [
  ["股份有限公司", "Co., Ltd."],
  ["有限责任公司", "Co., Ltd."],
  ["有限公司", "Co., Ltd."],
  ["集团", "Group"],
  ["公司", "Co."],
  ["工作专班", "task force"],
  ["项目专班", "project task force"],
  ["专班", "task force"],
  ["建设项目", "construction project"],
  ["项目", "project"],
  ["生产基地", "production base"],
  ["基地", "base"],
  ["经济技术开发区", "ETDZ"],
  ["经开区", "ETDZ"],
  ["高新技术产业开发区", "High-tech Zone"],
  ["高新区", "High-tech Zone"],
  ["经济开发区", "Economic Development Zone"],
  ["开发区", "Development Zone"],
  ["工业园区", "Industrial Park"],
  ["产业园", "Industrial Park"],
  ["园区", "Park"],
  ["管理委员会", "Management Committee"],
  ["管委会", "Management Committee"],
  ["人民政府", "People's Government"],
  ["发展和改革局", "Development and Reform Bureau"],
  ["发展改革委", "Development and Reform Commission"],
  ["发改委", "Development and Reform Commission"],
  ["发改局", "Development and Reform Bureau"],
  ["自然资源和规划局", "Natural Resources and Planning Bureau"],
  ["住建局", "Housing and Construction Bureau"],
  ["商务局", "Commerce Bureau"],
  ["投资促进局", "Investment Promotion Bureau"],
  ["服务中心", "Service Centre"],
  ["中心", "Centre"],
  ["委员会", "Commission"],
  ["局", "Bureau"],
  ["办公室", "Office"],
  ["街道", "Subdistrict"],
  ["市", "City"],
  ["区", "District"],
  ["县", "County"],
  ["镇", "Town"],
];

const HAN = /\p{Script=Han}/u;

export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

const capitalise = (word: string) => (word ? word[0]?.toUpperCase() + word.slice(1) : word);

const SYLLABLE = /^[a-zü]+$/;

/** A run of syllables: up to three as one word (定海 → Dinghai), longer runs in pairs (浙江聚泰 → Zhejiang Jutai). */
function wordsOf(syllables: readonly string[]): string[] {
  if (syllables.length <= 3) return [capitalise(syllables.join(""))];
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(capitalise(syllables.slice(i, i + 2).join("")));
  return words;
}

/** Pinyin of a stem; Latin letters and digits stay as they are, between the runs of syllables. */
function pinyinOf(stem: string): string {
  if (!transliterate) return stem;
  const out: string[] = [];
  let run: string[] = [];
  for (const part of transliterate(stem).map((p) => p.trim())) {
    if (SYLLABLE.test(part)) {
      run.push(part);
      continue;
    }
    out.push(...(run.length ? wordsOf(run) : []));
    run = [];
    if (part) out.push(part);
  }
  out.push(...(run.length ? wordsOf(run) : []));
  return out.join(" ");
}

/** One name without a separator: peel glossed suffixes off the end, transliterate what is left. */
function glossPart(part: string): string {
  const tail: string[] = [];
  let rest = part.trim();
  for (let guard = 0; guard < 4; guard++) {
    const hit = suffixes.find(([zh]) => rest.endsWith(zh) && rest.length > zh.length);
    if (!hit) break;
    tail.unshift(hit[1]);
    rest = rest.slice(0, -hit[0].length);
  }
  const bracket = /^(.*)[(（](.+)[)）]$/.exec(rest);
  const stem = bracket ? `${pinyinOf(bracket[1] ?? "")} (${pinyinOf(bracket[2] ?? "")})` : pinyinOf(rest);
  return [stem, ...tail].filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
}

/** An English rendering of a Chinese name: case names `地区·主题` become `Region: topic`. */
export function glossName(name: string): string {
  const [head, ...rest] = name.split("·");
  if (rest.length === 0) return glossPart(name);
  return `${glossPart(head ?? "")}: ${rest.map(glossPart).join(" · ")}`;
}

/** The label a node shows: Chinese by default; in English `nameEn`, else a generated gloss marked as such. */
export function nodeLabel(ref: { name: string; nameEn?: string | null }, lang: Lang): NodeLabel {
  if (lang !== "en") return { text: ref.name, generated: false };
  if (ref.nameEn) return { text: ref.nameEn, generated: false };
  if (!hasChinese(ref.name)) return { text: ref.name, generated: false };
  return { text: glossName(ref.name), generated: true };
}

/** Whether English labels for these names need the transliterator loaded first. */
export function needsTransliteration(refs: readonly { name: string; nameEn?: string | null }[]): boolean {
  return !transliterate && refs.some((r) => !r.nameEn && hasChinese(r.name));
}
