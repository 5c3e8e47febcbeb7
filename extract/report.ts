import { type CaseFileInput, measureById, type SchemaIssue } from "../graph-schema/index.ts";
import type { ExtractedItem, ItemType } from "./items.ts";
import type { TaskForceFound } from "./taskforce.ts";
import type { PreparedText } from "./text.ts";

interface ReportInput {
  draft: CaseFileInput;
  items: readonly ExtractedItem[];
  problems: readonly SchemaIssue[];
  taskForces: readonly TaskForceFound[];
  text: PreparedText;
}

const headings: Record<Exclude<ItemType, "measure" | "taskforce" | "leader">, string> = {
  department: "部门 Departments",
  company: "企业 Companies",
  park: "园区 Parks",
  region: "地区 Regions",
  project: "项目 Projects",
  figure: "数据 Figures",
  date: "日期 Dates",
  duration: "用时 Durations",
};

/** Plain-text report for the reviewer: what was found, where, how sure, and what must be checked by hand. */
export function formatReport({ draft, items, problems, taskForces, text }: ReportInput): string {
  const lines: string[] = [];
  lines.push(`抽取报告 Extraction report: ${draft.case.id}`, `标题 Title: ${draft.case.title}`);
  lines.push(
    problems.length === 0
      ? "草稿校验 Validation: OK (caseFileSchema)"
      : `草稿校验 Validation: ${problems.length} problem(s)\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`,
  );
  lines.push(
    "待审 Review: evidence fields are source snippets marked 待改写 and must be rewritten as paraphrases;",
    "  the draft Source has reliability low; the region is a placeholder; the year is flagged (case.flags) as a",
    "  reading unless a date in the text states it; dates whose year was taken from the text before are marked 年份推断.",
  );

  const measures = items.filter((i) => i.type === "measure" && !i.candidate);
  const distinct = [...new Set(measures.map((m) => m.key))];
  lines.push("", `措施 Measures (taxonomy): ${distinct.length} distinct, ${measures.length} mentions`);
  for (const id of distinct) {
    const mentions = measures.filter((m) => m.key === id);
    const where = mentions.map((m) => `「${m.text.replace(/\s+/g, "")}」${m.section} ${m.confidence}`).join("; ");
    lines.push(`  ${id} ${measureById.get(id)?.name ?? ""}: ${where}`);
  }

  const candidates = items.filter((i) => i.candidate);
  lines.push("", `候选新措施 Candidate new measures (NOT in taxonomy, not merged): ${candidates.length}`);
  for (const c of candidates) {
    const near = (c.suggestions ?? []).map((s) => `${s.name} ${s.score}`).join("、") || "none";
    lines.push(
      `  ${c.rank ?? "-"}. 「${c.key}」 ${c.section} ${c.confidence} (${c.mentions?.length ?? 1}×; closest: ${near})`,
    );
  }

  lines.push("", `专班 Task forces: ${taskForces.length}`);
  for (const tf of taskForces) {
    const name = text.norm.slice(tf.force.start, tf.force.end);
    const leader = tf.leader
      ? `${tf.leader.key}${tf.leaderKind ? ` → ${tf.leaderKind}` : " → unit unknown"}`
      : "none found";
    const members = tf.members.map((m) => text.norm.slice(m.start, m.end)).join("、") || "none found";
    lines.push(`  ${name}`, `    leader: ${leader}`, `    members (${tf.members.length}): ${members}`);
  }

  for (const [type, heading] of Object.entries(headings) as [ItemType, string][]) {
    const found = items.filter((i) => i.type === type);
    lines.push("", `${heading}: ${found.length}`);
    for (const item of found) lines.push(`  ${describe(item)}`);
  }
  return lines.join("\n");
}

function describe(item: ExtractedItem): string {
  const surface = item.text.replace(/\s+/g, "");
  const at = `${item.section} [${item.start},${item.end}) ${item.confidence}`;
  if (item.type === "department") {
    const mapped = /^[a-z-]+$/.test(item.key) ? item.key : "UNMAPPED: no canonical kind, not in the draft";
    return `${surface} → ${mapped}  ${at}`;
  }
  if (item.figure) {
    const f = item.figure;
    const value =
      f.date ?? `${f.value}${f.unit ?? ""}${f.normalized ? ` = ${f.normalized.value} ${f.normalized.unit}` : ""}`;
    const inferred = f.yearInferred ? " 年份推断 (year inferred)" : "";
    return `${surface} → ${f.metric ?? "no metric (item only)"} ${value ?? item.key} ${f.qualifier ?? ""}${inferred}  ${at}`;
  }
  return `${surface}  ${at}`;
}
