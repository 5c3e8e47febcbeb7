import type { Found } from "./items.ts";
import type { LexEntry } from "./lexicon.ts";
import type { DictionaryMatch } from "./matcher.ts";
import { nameStart } from "./names.ts";
import { normSpanOfCompact, type PreparedText } from "./text.ts";

/**
 * Departments: dictionary wordings (full names, and short forms such as 发改, 住建, 港航 under the context rule below),
 * then unknown units by their institutional suffix (…管理局, …中心), which stay unmapped for a reviewer to place.
 */

interface Candidate {
  start: number;
  end: number;
  kind: string;
  wording: string;
  standalone: boolean;
}

/** What may separate two members of a list of departments: 发改、经信、住建 or 县商务局、县投促局. */
const listSeparator = /^[、,，和及与]?[区市县省镇]?$/;
/** What ends a list of departments: 等部门, 等单位, 部门 …. */
const listEnd = /^(等(相关|职能)?(部门|单位)|等|(相关|职能)?部门|单位)/;
const unitAfter = /^(部门|局|委|办|单位|系统|分局)/;
const regionBefore = /[区市县省镇]$/;

/** `blockers` are items that win over an unknown unit overlapping them (一站式审批中心 is a measure, …产业园 a park). */
export function findDepartments(
  text: PreparedText,
  lexMatches: readonly DictionaryMatch<LexEntry>[],
  blockers: readonly Found[],
): Found[] {
  const candidates: Candidate[] = [];
  for (const match of lexMatches) {
    if (match.payload.kind !== "department") continue;
    const span = normSpanOfCompact(text, match.start, match.end);
    const { deptKind, standalone } = match.payload;
    candidates.push({ ...span, kind: deptKind, wording: match.key, standalone });
  }
  // 国家发改委: a national body is no department of the case (the annotation rules leave them out too).
  const accepted = candidates.filter(
    (c, i) =>
      (c.standalone || inContext(text, candidates, i)) &&
      !(c.kind === "construction" && notConstruction(text.norm, c)) &&
      !/(国家|国务院|中央)$/.test(text.norm.slice(Math.max(0, c.start - 3), c.start)),
  );
  const found: Found[] = accepted.map((c) => ({
    type: "department",
    start: c.start,
    end: c.end,
    key: c.kind,
    confidence: c.standalone ? 0.85 : 0.7,
  }));
  return [...found, ...unknownUnits(text, [...found, ...blockers])].sort((a, b) => a.start - b.start);
}

/**
 * A short form counts when it sits in a list of departments (three or more, or two closed by 等部门), right after a
 * region (市港航) or right before 部门 / 局 (环保部门). Alone, 交通 or 建设 is more often an ordinary word.
 */
function inContext(text: PreparedText, all: readonly Candidate[], i: number): boolean {
  const { norm } = text;
  const c = all[i] as Candidate;
  if (unitAfter.test(norm.slice(c.end, c.end + 2))) return true;
  if (regionBefore.test(norm.slice(Math.max(0, c.start - 1), c.start)) && endsAWord(text, c.end)) return true;
  let first = i;
  while (first > 0 && adjacent(norm, all[first - 1] as Candidate, all[first] as Candidate)) first--;
  let last = i;
  while (last < all.length - 1 && adjacent(norm, all[last] as Candidate, all[last + 1] as Candidate)) last++;
  const size = last - first + 1;
  const closed = listEnd.test(norm.slice((all[last] as Candidate).end, (all[last] as Candidate).end + 6));
  return size >= 3 || (size >= 2 && closed);
}

/**
 * After a region, a short form is a department only where the word ends with it and no noun follows: 市港航牵头 is
 * the bureau, 衡阳县招商引资 (one word) and 眉县交通区位便捷 (交通 qualifies a noun) are not.
 */
function endsAWord(text: PreparedText, end: number): boolean {
  const word = text.seg.words[text.seg.wordOf[end - 1] ?? -1];
  if (word && word.end > end) return false;
  const next = text.seg.words[text.seg.wordOf[end] ?? -1];
  return !next || !/^(n|nz|a|an)$/.test(next.tag);
}

function adjacent(norm: string, a: Candidate, b: Candidate): boolean {
  return listSeparator.test(norm.slice(a.end, b.start).trim());
}

/** 助企办工作人员: a short …办 is a unit only where its staff or head is named right after it. */
const unitSuffix = /管理委员会|委员会|管委会|办公室|分局|局|中心|大队|办(?=工作人员|负责人|主任|副主任)/g;
/** A unit is named without the place it belongs to: 沙县区行政服务中心 → 行政服务中心, 市级政务服务中心 → 政务服务中心. */
const placePrefix = /^.*(?:[省市县区镇]|新城|新区|园区|开发区|高新区|经开区)(?:级)?|^(?:各|省|市|县|区)?级/;
/**
 * 建设单位 is the project's builder, 建设项目 a project, 项目建设 the work on it: none is the construction department;
 * 规划建设局 is a combined bureau of its own, named as written.
 */
function notConstruction(norm: string, c: Candidate): boolean {
  return (
    /^(单位|项目|工程|用地)/.test(norm.slice(c.end, c.end + 2)) || /(项目|工程|规划)$/.test(norm.slice(0, c.start))
  );
}
/** 运营中心, 研发中心, 文化博览中心 are facilities a project builds; a unit's 中心 serves, manages or trades. */
const serviceCentre = /服务|管理|促进|储备|交易|审批|代办|政务|招商|投资|登记|保障|调度|指挥|办事|发展/;
/** 格局, 布局, 破局, 开局, 大局 … end in 局 but are no bureau. */
const notBureau = /[格布破开大结当全出变骗饭好新]$/;

function unknownUnits(text: PreparedText, known: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const m of text.norm.matchAll(unitSuffix)) {
    let start = nameStart(text.norm, m.index, { maxKernel: 12, allowBrackets: true });
    const prefix = placePrefix.exec(text.norm.slice(start, m.index))?.[0] ?? "";
    if (m.index - start - prefix.length >= 2) start += prefix.length;
    // 自然资源和规划局土地储备中心, 管委会规划建设局: a section named after its parent unit starts where the parent's
    // name ends.
    const parent = known
      .filter((k) => k.type === "department" && k.start <= start && k.end > start && k.end < m.index)
      .at(-1);
    if (parent) start = parent.end;
    const kernel = text.norm.slice(start, m.index);
    const end = m.index + m[0].length;
    if (kernel.length < 2 || (m[0] === "局" && notBureau.test(kernel)) || /^[()]/.test(kernel)) continue;
    // 专班办公室 is the task force's own office.
    if (/专班$/.test(kernel)) continue;
    if (m[0] === "中心" && !serviceCentre.test(kernel)) continue;
    // 局长, 主任: the 局 of a post's title belongs to the unit just named.
    if (text.norm[end] === "长" || found.some((f) => f.start < end && start < f.end)) continue;
    // A department found already wins; a measure or park wins only where it takes the suffix (一站式审批中心).
    const blocked = known.some(
      (k) => k.start < end && start < k.end && (k.type === "department" || (k.start <= m.index && k.end > m.index)),
    );
    if (blocked) continue;
    found.push({ type: "department", start, end, key: text.norm.slice(start, end), confidence: 0.45 });
  }
  return found;
}
