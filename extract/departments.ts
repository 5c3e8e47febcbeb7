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
  const accepted = candidates.filter(
    (c, i) =>
      (c.standalone || inContext(text.norm, candidates, i)) &&
      !(c.kind === "construction" && notDepartmentAfter.test(text.norm.slice(c.end, c.end + 2))),
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
function inContext(norm: string, all: readonly Candidate[], i: number): boolean {
  const c = all[i] as Candidate;
  if (regionBefore.test(norm.slice(Math.max(0, c.start - 1), c.start))) return true;
  if (unitAfter.test(norm.slice(c.end, c.end + 2))) return true;
  let first = i;
  while (first > 0 && adjacent(norm, all[first - 1] as Candidate, all[first] as Candidate)) first--;
  let last = i;
  while (last < all.length - 1 && adjacent(norm, all[last] as Candidate, all[last + 1] as Candidate)) last++;
  const size = last - first + 1;
  const closed = listEnd.test(norm.slice((all[last] as Candidate).end, (all[last] as Candidate).end + 6));
  return size >= 3 || (size >= 2 && closed);
}

function adjacent(norm: string, a: Candidate, b: Candidate): boolean {
  return listSeparator.test(norm.slice(a.end, b.start).trim());
}

const unitSuffix = /管理委员会|委员会|管委会|办公室|分局|局|中心|大队/g;
/** A unit is named without the place it belongs to: 沙县区行政服务中心 → 行政服务中心, 市级政务服务中心 → 政务服务中心. */
const placePrefix = /^.*(?:[省市县区镇]|新城|新区|园区|开发区|高新区|经开区)(?:级)?|^(?:各|省|市|县|区)?级/;
/** 建设单位 is the project's builder, 建设项目 a project: neither is the construction department. */
const notDepartmentAfter = /^(单位|项目|工程|用地)/;
/** 格局, 布局, 破局, 开局, 大局 … end in 局 but are no bureau. */
const notBureau = /[格布破开大结当全出变骗饭]$/;

function unknownUnits(text: PreparedText, known: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const m of text.norm.matchAll(unitSuffix)) {
    let start = nameStart(text.norm, m.index, { maxKernel: 12, allowBrackets: true });
    // 自然资源和规划局土地储备中心: a section named after its bureau starts where the bureau's name ends.
    const parent = known.filter((k) => k.start <= start && k.end > start && k.end < m.index).at(-1);
    if (parent) start = parent.end;
    const prefix = placePrefix.exec(text.norm.slice(start, m.index))?.[0] ?? "";
    if (m.index - start - prefix.length >= 2) start += prefix.length;
    const kernel = text.norm.slice(start, m.index);
    const end = m.index + m[0].length;
    if (kernel.length < 2 || (m[0] === "局" && notBureau.test(kernel)) || /^[()]/.test(kernel)) continue;
    // A department found already wins; a measure or park wins only where it takes the suffix (一站式审批中心).
    const blocked = known.some(
      (k) => k.start < end && start < k.end && (k.type === "department" || (k.start <= m.index && k.end > m.index)),
    );
    if (blocked) continue;
    found.push({ type: "department", start, end, key: text.norm.slice(start, end), confidence: 0.45 });
  }
  return found;
}
