import type { ParkNode } from "../graph-schema/index.ts";
import type { Found } from "./items.ts";
import { nameStart } from "./names.ts";
import type { PreparedText } from "./text.ts";

/** Companies, parks, regions and projects, found by the suffixes their names end with. */

export const provinces = [
  ..."北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南".split(" "),
  ..."四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split(" "),
];

interface SuffixRule {
  suffixes: readonly string[];
  type: "company" | "park" | "region" | "project";
  maxKernel: number;
  minKernel: (suffix: string) => number;
  confidence: (suffix: string) => number;
  allowDigits?: boolean;
  allowBrackets?: boolean;
  extraStops?: RegExp;
}

const companyRule: SuffixRule = {
  suffixes: ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团", "公司"],
  type: "company",
  maxKernel: 20,
  allowBrackets: true,
  // A bare 公司 after two characters is usually 在舟公司 or 母公司; a real firm name is longer.
  minKernel: (s) => (s === "公司" ? 4 : 2),
  confidence: (s) => (s.endsWith("有限公司") || s === "股份公司" ? 0.9 : s === "集团" ? 0.75 : 0.5),
};

export const parkSuffixes: Readonly<Record<string, NonNullable<ParkNode["kind"]>>> = {
  高新技术产业开发区: "high-tech-zone",
  经济技术开发区: "development-zone",
  经济开发区: "development-zone",
  高新区: "high-tech-zone",
  经开区: "development-zone",
  开发区: "development-zone",
  工业园区: "industrial-park",
  产业园区: "industrial-park",
  科技园区: "industrial-park",
  生命科学园: "industrial-park",
  工业园: "industrial-park",
  产业园: "industrial-park",
  科技园: "industrial-park",
  产业基地: "base",
  基地: "base",
  拓展区: "block",
};

const parkRule: SuffixRule = {
  suffixes: Object.keys(parkSuffixes),
  type: "park",
  maxKernel: 16,
  minKernel: (s) => (s === "基地" ? 3 : 2),
  confidence: (s) => (s === "基地" || s === "拓展区" ? 0.5 : 0.8),
};

const regionRule: SuffixRule = {
  // 市场, 区域, 县域, 省级 … are words, not places.
  suffixes: ["街道", "省(?![级份力钱])", "市(?![场民值面级])", "区(?![域别间块])", "县(?![域级])", "镇", "乡(?![村])"],
  type: "region",
  maxKernel: 4,
  minKernel: () => 2,
  confidence: () => 0.7,
};

const projectRule: SuffixRule = {
  suffixes: ["项目"],
  type: "project",
  maxKernel: 40,
  minKernel: () => 6,
  confidence: () => 0.7,
  allowDigits: true,
  // 投资5亿元建设九洲鹿…项目: the project name starts after the verb that introduces it, unless the verb ends the
  // name itself (生产线建设项目), hence the lookahead.
  extraStops: /^.*(?:投资|建设|新建|实施|公司)(?=.)/u,
};

/** Words that end in a region suffix but name no place (园区, 市区, 全区 …) or a zone that is a park. */
const notRegions =
  /^(园区|市区|城区|社区|景区|小区|辖区|片区|全区|本区|我区|该区|新区|全市|本市|我市|该市|城市|都市|上市|超市|全省|本省|我省|外省|跨省|全县|本县|该县|城镇|乡镇|村镇)$|地区|经开|高新|[局委办厅部]|园|开发|拓展|示范|保税|功能|工业|产业|集聚|核心|试验|风景|商务|生活|居住|港区|厂区|校区|服务区|展区|专区/;

/** What must follow 项目 for it to name a project here rather than talk about projects in general. */
const projectEvent =
  /^(落户|落地|签约|开工|投产|建成|动工|举行|正式|顺利|成功|于|在|已|[,，]?(总投资|计划总投资|用地|占地|位于))/;
/** Kernels that describe how a project is pushed (以最强力度推进项目), not which project. */
const notProjectName = /推进|推动|加快|力度|速度|服务|保障|重大|重点/;

export function findEntities(text: PreparedText): Found[] {
  const found: Found[] = [];
  for (const rule of [companyRule, parkRule, regionRule, projectRule]) found.push(...bySuffix(text, rule));
  found.push(...companyShortForms(text, found));
  found.push(...provinceMentions(text, found));
  return found.sort((a, b) => a.start - b.start);
}

function bySuffix(text: PreparedText, rule: SuffixRule): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(rule.suffixes.join("|"), "g");
  for (const m of text.norm.matchAll(pattern)) {
    const suffix = m[0];
    let start = nameStart(text.norm, m.index, rule);
    // 落户开发区新能源…产业园: a bare 开发区 / 园区 before a park name is the enclosing zone, not part of the name.
    if (rule.type === "park")
      start += /^(开发区|经开区|高新区|园区)/.exec(text.norm.slice(start, m.index))?.[0].length ?? 0;
    // 南通市海门区: a region's name starts after the enclosing region's suffix.
    if (rule.type === "region") start = Math.max(start, lastRegionSuffix(text.norm, start, m.index) + 1);
    const kernel = text.norm.slice(start, m.index);
    if (kernel.length < rule.minKernel(suffix)) continue;
    const end = m.index + suffix.length;
    const name = text.norm.slice(start, end);
    if (rule.type === "region" && notRegions.test(name)) continue;
    if (rule.type === "project" && (!projectEvent.test(text.norm.slice(end, end + 4)) || notProjectName.test(kernel))) {
      continue;
    }
    found.push({ type: rule.type, start, end, key: name, confidence: rule.confidence(suffix) });
  }
  return found;
}

function lastRegionSuffix(norm: string, from: number, to: number): number {
  let last = from - 1;
  for (let i = from; i < to; i++) if ("省市县区".includes(norm[i] as string)) last = i;
  return last;
}

/** 陕西, 河南 without 省: provinces by name, unless part of a longer name already found (浙江聚泰…有限公司). */
function provinceMentions(text: PreparedText, named: readonly Found[]): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(`(${provinces.join("|")})(?!省)`, "g");
  for (const m of text.norm.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((n) => n.type !== "region" && n.start < end && start < n.end)) continue;
    found.push({ type: "region", start, end, key: m[0], confidence: 0.6 });
  }
  return found;
}

/**
 * Cases name a firm in full once and then by place + brand (浙江聚泰, and its parent 陕西聚泰). The brand is the two
 * characters after a leading province in a full company name; place + brand elsewhere is the same or a sister firm.
 */
function companyShortForms(text: PreparedText, named: readonly Found[]): Found[] {
  const full = named.filter((n) => n.type === "company" && n.confidence >= 0.9);
  const found: Found[] = [];
  for (const company of full) {
    const place = provinces.find((p) => company.key.startsWith(p));
    if (!place) continue;
    const brand = company.key.slice(place.length, place.length + 2);
    const pattern = new RegExp(`(${provinces.join("|")})${brand}`, "g");
    for (const m of text.norm.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (named.some((n) => n.type === "company" && n.start <= start && end <= n.end)) continue;
      const key = m[1] === place ? company.key : m[0];
      found.push({ type: "company", start, end, key, confidence: key === company.key ? 0.8 : 0.6 });
    }
  }
  return found;
}

export function parkKindOf(name: string, otherParks: readonly string[]): ParkNode["kind"] {
  const suffix = Object.keys(parkSuffixes).find((s) => name.endsWith(s));
  if (otherParks.some((p) => p !== name && name.startsWith(p))) return "sub-park";
  return suffix ? parkSuffixes[suffix] : undefined;
}
