import type { ParkNode } from "../graph-schema/index.ts";
import type { Found } from "./items.ts";
import { nameStart } from "./names.ts";
import { wordsIn } from "./segment.ts";
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
  // 小巨人企业泓芯半导体公司, 需先收回原莱州诚源盐化有限公司: a firm's name starts after 企业 or a verb.
  // …项目和深圳比亚迪集团: a firm named after a list joiner starts after it.
  extraStops: /^.*(?:企业|收回|客商|总经理|董事长|业主|考察了|拜访了|(?:项目|公司|集团)[和及与、])(?=.)/u,
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
  minKernel: () => 4,
  confidence: () => 0.7,
  allowDigits: true,
  // 投资5亿元建设九洲鹿…项目: the project name starts after the verb that introduces it, unless the verb ends the
  // name itself (生产线建设项目), hence the lookahead; an owning firm (…有限公司, …集团) is not part of the name.
  extraStops: /^.*(?:投资|建设|新建|实施|公司|集团|储备|促成|推进|感慨的是|其中)(?=.)/u,
};

/** Words that end in a region suffix but name no place (园区, 市区, 全区 …) or a zone that is a park. */
const notRegions =
  /^(园区|市区|城区|社区|景区|小区|辖区|片区|全区|本区|我区|该区|新区|全市|本市|我市|该市|城市|都市|上市|超市|全省|本省|我省|外省|跨省|全县|本县|该县|城镇|乡镇|村镇)$|地区|经开|高新|[局委办厅部]|园|开发|拓展|示范|保税|功能|工业|产业|集聚|核心|试验|风景|商务|生活|居住|港区|厂区|校区|服务区|展区|专区/;

/** What may follow 项目 when it names a project here rather than talks about projects in general. */
const projectEvent =
  /^(落户|落地|签约|开工|投产|建成|动工|举行|正式|顺利|成功|于|在|已|近日|目前|即将|二期|一期|三期|[,，]?(总投资|计划总投资|投资额|用地|占地|位于|计划投资))/;
/** Kernels that describe how or which kind of projects are pushed (以最强力度推进项目, 重点项目), not one project. */
const notProjectName =
  /推进|推动|加快|力度|速度|服务|保障|重大|重点|招商|签约|在建|在谈|意向|线索|民生|基础设施|高科技|优质|人才|以上|亿元|百亿|千亿|类|代办|新招|每个|各类|相关|这些|该|此|^[\d一二三四五六七八九十]+个|^以|解决|制约|助推|更多|标志/;
/** A project that names what it makes or builds (年产40万件精密零部件, 5GW电池, …生产线) needs no event word. */
const productProject =
  /年产|\d|生产|制造|加工|处理|产业园|基地|厂|电站|物流园|中心|开发|电力|发电|食品|新材料|制品|玻璃|电池/;

export function findEntities(text: PreparedText): Found[] {
  const found: Found[] = [];
  for (const rule of [companyRule, parkRule, regionRule, projectRule]) found.push(...bySuffix(text, rule));
  found.push(...namedWorks(text, found));
  found.push(...companyShortForms(text, found));
  found.push(...listedCompanies(text, found));
  found.push(...arrivingFirms(text, found));
  found.push(...provinceMentions(text, found));
  // 江西江铃集团 inside 江西江铃集团新能源汽车有限公司 is the same firm's longer name, not a second firm.
  const inLonger = (f: Found) =>
    f.type === "company" &&
    found.some(
      (o) =>
        o !== f && o.type === "company" && o.start <= f.start && f.end <= o.end && o.end - o.start > f.end - f.start,
    );
  return found.filter((f) => !inLonger(f)).sort((a, b) => a.start - b.start);
}

/**
 * 投资100亿元的华润绿色建材进驻…, 投资10亿元的艾硅特新材开建: what an amount introduces and then moves in or starts
 * building is a firm, even without a legal suffix. Low confidence: a reviewer confirms.
 */
function arrivingFirms(text: PreparedText, named: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const m of text.norm.matchAll(
    /[\d.]+(?:亿|万)+元的([\u4e00-\u9fff]{3,8}?)(?=进驻|入驻|落户|开建|开工建设|投产)/g,
  )) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (/(项目|园|中心|基地|区|工程)$/.test(name) || named.some((n) => n.start < end && start < n.end)) continue;
    found.push({ type: "company", start, end, key: name, confidence: 0.5 });
  }
  return found;
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
    if (rule.type === "project") {
      const project = projectAt(text, start, end);
      if (project) found.push({ type: "project", ...project, confidence: rule.confidence(suffix) });
      continue;
    }
    if (rule.type === "company") {
      const company = companyAt(text, start, end);
      if (company) found.push({ type: "company", ...company, confidence: rule.confidence(suffix) });
      continue;
    }
    found.push({ type: rule.type, start, end, key: name, confidence: rule.confidence(suffix) });
  }
  return found;
}

/** A project name: the amount before it (35亿5GW…) dropped, a phase after it (…项目二期) kept. */
function projectAt(text: PreparedText, from: number, end: number) {
  const norm = text.norm;
  // 项目办 and 项目部 are units, 项目组 a team.
  if (/^[办部组]/.test(norm.slice(end, end + 1))) return undefined;
  // An amount in money, not 3万亩 (a size that belongs to the name).
  const amount =
    /^(约|超|近)?[\d.]+(?:(?:亿|万)+(?:元|美元|港元)?|元|美元)(?![亩平吨件套台])(的)?/.exec(
      norm.slice(from, end),
    )?.[0] ?? "";
  const start = from + amount.length;
  const kernel = norm.slice(start, end - 2);
  // 显著提升项目…: a kernel ending in a verb or adverb says what is done to projects, unless it names a product
  // (旅游开发项目); 各个开发区内项目 are the projects of a place.
  const last = wordsIn(text.seg, start, end - 2).at(-1);
  const product = productProject.test(kernel);
  // 投资1亿元的嘉华竹业项目: an amount with 的 introduces one named project.
  const introduced = /[\d.]+(亿|万)*(元|美元|港元)的$/.test(norm.slice(Math.max(0, start - 10), start));
  const verbEnd = !product && !introduced && /^(v|d|ad)$/.test(last?.tag ?? "");
  if (kernel.length < 4 || notProjectName.test(kernel) || verbEnd) return undefined;
  if (/(投资|园区|开发区|制造业|内)$/.test(kernel) || /^[个各]/.test(kernel)) return undefined;
  if (!introduced && !projectEvent.test(norm.slice(end, end + 4)) && !product) return undefined;
  const phase = /^[一二三四]期/.exec(norm.slice(end, end + 2))?.[0] ?? "";
  return { start, end: end + phase.length, key: keyOf(norm, start, end + phase.length) };
}

/**
 * A named centre, base or park that the text says is invested in or started (总投资52亿元的天盛世界文化博览中心开工
 * 建设) is a project too, even without 项目: the amount and 的 before it, or the start right after it, say so.
 */
function namedWorks(text: PreparedText, found: readonly Found[]): Found[] {
  const works: Found[] = [];
  for (const m of text.norm.matchAll(/中心|基地|产业园|物流园/g)) {
    const end = m.index + m[0].length;
    const start = nameStart(text.norm, m.index, { maxKernel: 16 });
    if (m.index - start < 3 || /^[项目]/.test(text.norm.slice(end, end + 1))) continue;
    // 总投资52亿元的…, 投资建设了我旗…, 引进了…: an amount or a verb of building or bringing in introduces it.
    const before = text.norm.slice(Math.max(0, start - 10), start);
    const introduced = /[\d.]+(亿|万)*(元|美元|港元)的$|(投资建设|新建|建成|引进)了?(我旗|我县|我区|我市)?$/.test(
      before,
    );
    if (!introduced && !/^(开工|签约|落地|投产|建成|动工|开建|正式开工)/.test(text.norm.slice(end, end + 4))) continue;
    if (found.some((f) => f.type === "project" && f.start < end && start < f.end)) continue;
    works.push({ type: "project", start, end, key: keyOf(text.norm, start, end), confidence: 0.6 });
  }
  return works;
}

/**
 * A company name cut where a name cannot go on: after the last verb in it (收回原…), before a province that starts
 * the firm's own name (沪明食品产业园福建鑫璟…有限公司), and without a leading 原 (the former firm).
 */
function companyAt(text: PreparedText, from: number, end: number) {
  let start = from;
  const kernel = text.norm.slice(start, end);
  // 中藜高科(北京)科技: a province in brackets is the firm's seat, not the start of its name.
  const province = provinces.map((p) => kernel.indexOf(p, 2)).filter((i) => i >= 2 && kernel[i - 1] !== "(");
  if (province.length > 0) start += Math.min(...province);
  if (text.norm[start] === "原" && end - start > 5) start++;
  return end - start >= 4 ? { start, end, key: keyOf(text.norm, start, end) } : undefined;
}

/** A name as a key: a line break inside it (a page break in the source) is not part of the name. */
const keyOf = (norm: string, start: number, end: number) => norm.slice(start, end).replace(/\s+/g, "");

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
    // A brand is two ideographs; 内蒙古(北京)… has none, and text never goes into a pattern unchecked.
    if (!/^[\u4e00-\u9fff]{2}$/.test(brand)) continue;
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

/**
 * Firms named by brand alone in a list closed by 等…企业 / 客商 (考察了长裕玻璃、骏鹏石化等5户企业): each member of
 * the list is a company, its leading verb cut off by word boundaries. Low confidence: a reviewer confirms.
 */
function listedCompanies(text: PreparedText, named: readonly Found[]): Found[] {
  const found: Found[] = [];
  const pattern =
    /([^，。；：,;:!?！？\n]{2,80}?)等(?:[\d一二三四五六七八九十]+[户家个])?(?:多家|一批)?[\u4e00-\u9fff]{0,10}?(?:企业|客商|公司)/g;
  for (const m of text.norm.matchAll(pattern)) {
    // 前往深圳、广州等重点城市拜访企业, …生产等项目与企业负责人: the list before 等 names places or projects.
    const tail = m[0].slice((m[1] ?? "").length);
    if (/城市|地区|项目|拜访|考察|走访|与|和|的|负责/.test(tail)) continue;
    let partStart = m.index;
    for (const part of (m[1] ?? "").split("、")) {
      const end = partStart + part.length;
      const words = wordsIn(text.seg, partStart, end);
      const verb = words.findLastIndex((w) => /^(v|p|ul|uj|u|c)$/.test(w.tag));
      // The segmenter may keep a verb inside a longer word (积极联系): the stop words of names.ts cut it too.
      const afterVerb = verb >= 0 ? (words[verb] as { end: number }).end : partStart;
      const start = Math.max(afterVerb, nameStart(text.norm, end, { maxKernel: 12 }));
      partStart = end + 1;
      const name = text.norm.slice(start, end);
      if (name.length < 2 || name.length > 12 || /企业|项目|部门|单位|产业|客商|领域|公司$|有限/.test(name)) continue;
      if (named.some((n) => n.start < end && start < n.end)) continue;
      found.push({ type: "company", start, end, key: name, confidence: 0.5 });
    }
  }
  return found;
}

export function parkKindOf(name: string, otherParks: readonly string[]): ParkNode["kind"] {
  const suffix = Object.keys(parkSuffixes).find((s) => name.endsWith(s));
  if (otherParks.some((p) => p !== name && name.startsWith(p))) return "sub-park";
  return suffix ? parkSuffixes[suffix] : undefined;
}
