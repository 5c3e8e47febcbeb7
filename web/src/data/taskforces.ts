import { departmentKinds } from "../../../graph-schema/departments.ts";
import type { DepartmentRef, TaskForce } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang, TaskForceGrouping } from "../state/state.ts";
import type { TableData } from "./table.ts";

const kindNames = new Map<string, { name: string; nameEn: string }>(departmentKinds.map((k) => [k.kind, k]));

export interface Party {
  key: string;
  name: string;
}

/** The key and label a department is counted under: itself, or its kind across all cases. */
export function partyOf(dept: DepartmentRef, grouping: TaskForceGrouping, lang: Lang): Party {
  if (grouping === "dept") return { key: dept.id, name: displayName(dept, lang) };
  const kind = kindNames.get(dept.kind);
  return { key: `kind:${dept.kind}`, name: kind ? displayName(kind, lang) : dept.kind };
}

/** Leader and members of a task force, each department once (the leader may also be listed as a member). */
export function participants(tf: TaskForce): { dept: DepartmentRef; leads: boolean }[] {
  const seen = new Map<string, { dept: DepartmentRef; leads: boolean }>();
  if (tf.leader) seen.set(tf.leader.department.id, { dept: tf.leader.department, leads: true });
  for (const member of tf.members) if (!seen.has(member.id)) seen.set(member.id, { dept: member, leads: false });
  return [...seen.values()];
}

export interface FlowNode {
  key: string;
  name: string;
  column: 0 | 1 | 2;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  leader: boolean;
}

/** Department → task force → project flows for the Sankey: one unit per participating department. */
export function taskForceFlows(
  taskForces: readonly TaskForce[],
  grouping: TaskForceGrouping,
  lang: Lang,
): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes = new Map<string, FlowNode>();
  const links = new Map<string, FlowLink>();
  const addLink = (source: string, target: string, value: number, leader: boolean) => {
    const key = `${source}→${target}`;
    const link = links.get(key);
    if (link) {
      link.value += value;
      link.leader ||= leader;
    } else links.set(key, { source, target, value, leader });
  };
  for (const tf of taskForces) {
    const tfKey = `tf:${tf.id}`;
    nodes.set(tfKey, { key: tfKey, name: displayName(tf, lang), column: 1 });
    const people = participants(tf);
    for (const { dept, leads } of people) {
      const party = partyOf(dept, grouping, lang);
      const key = `d:${party.key}`;
      if (!nodes.has(key)) nodes.set(key, { key, name: party.name, column: 0 });
      addLink(key, tfKey, 1, leads);
    }
    if (tf.project && people.length > 0) {
      const key = `p:${tf.project.id}`;
      if (!nodes.has(key)) nodes.set(key, { key, name: displayName(tf.project, lang), column: 2 });
      addLink(tfKey, key, people.length, false);
    }
  }
  return { nodes: [...nodes.values()], links: [...links.values()] };
}

export interface MatrixCell {
  count: number;
  leader: boolean;
}

/** Department (or kind) × task force: rows by how many task forces they joined, columns by case then name. */
export function taskForceMatrix(taskForces: readonly TaskForce[], grouping: TaskForceGrouping, lang: Lang) {
  const columns = [...taskForces].sort((a, b) => a.case.id.localeCompare(b.case.id) || a.id.localeCompare(b.id));
  const rows = new Map<string, Party & { joined: number }>();
  const cells = new Map<string, MatrixCell>();
  for (const tf of columns) {
    for (const { dept, leads } of participants(tf)) {
      const party = partyOf(dept, grouping, lang);
      const row = rows.get(party.key) ?? { ...party, joined: 0 };
      const key = `${party.key}|${tf.id}`;
      const cell = cells.get(key);
      if (!cell) row.joined++;
      rows.set(party.key, row);
      cells.set(key, { count: (cell?.count ?? 0) + 1, leader: (cell?.leader ?? false) || leads });
    }
  }
  const sortedRows = [...rows.values()].sort(
    (a, b) => b.joined - a.joined || a.name.localeCompare(b.name, "zh-Hans-CN") || a.key.localeCompare(b.key),
  );
  return { rows: sortedRows, columns, cell: (row: string, tf: string) => cells.get(`${row}|${tf}`) ?? null };
}

export function taskForceTable(taskForces: readonly TaskForce[], t: Translate, lang: Lang): TableData {
  return {
    name: t("view.taskforces"),
    columns: [
      { key: "taskForce", label: t("taskForce") },
      { key: "case", label: t("case") },
      { key: "leaderRole", label: `${t("leader")}` },
      { key: "leaderDepartment", label: `${t("leader")} · ${t("department")}` },
      { key: "members", label: t("members") },
      { key: "memberCount", label: `${t("members")} #`, numeric: true },
      { key: "project", label: t("project") },
    ],
    rows: taskForces.map((tf) => [
      displayName(tf, lang),
      displayName(tf.case, lang),
      tf.leader?.role ?? null,
      tf.leader ? displayName(tf.leader.department, lang) : null,
      tf.members.map((m) => displayName(m, lang)).join("、"),
      participants(tf).length,
      tf.project ? displayName(tf.project, lang) : null,
    ]),
  };
}
