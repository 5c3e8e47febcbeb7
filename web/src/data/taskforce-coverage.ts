import type { DepartmentRef, Recurrence, TaskForce } from "../api/types.ts";

/** The taxonomy's task-force measures: a case featuring one mentions a 专班 even when it names no members. */
export const taskForceMeasures = ["measure:task-force", "measure:task-force-with-liaison"];

export interface Coverage {
  /** Cases that mention a task force (feature a task-force measure or have a TaskForce node). */
  mention: { id: string; title: string }[];
  /** Of those, the cases with a task force whose member departments are named. */
  withMembers: Set<string>;
  /** Departments that are member or leader of more than one task force. */
  shared: { department: DepartmentRef; taskForces: TaskForce[] }[];
}

export function taskForceCoverage(taskForces: readonly TaskForce[], recurrence: Recurrence): Coverage {
  const mention = new Map<string, { id: string; title: string }>();
  for (const m of recurrence.measures)
    if (taskForceMeasures.includes(m.id)) for (const c of m.cases) mention.set(c.id, c);
  for (const tf of taskForces) mention.set(tf.case.id, tf.case);
  const withMembers = new Set(taskForces.filter((tf) => tf.members.length > 0).map((tf) => tf.case.id));
  const byDepartment = new Map<string, { department: DepartmentRef; taskForces: TaskForce[] }>();
  for (const tf of taskForces) {
    const people = [...tf.members, ...(tf.leader ? [tf.leader.department] : [])];
    for (const d of new Map(people.map((p) => [p.id, p])).values()) {
      const entry = byDepartment.get(d.id) ?? { department: d, taskForces: [] };
      entry.taskForces.push(tf);
      byDepartment.set(d.id, entry);
    }
  }
  return {
    mention: [...mention.values()].sort((a, b) => a.id.localeCompare(b.id)),
    withMembers,
    shared: [...byDepartment.values()]
      .filter((e) => e.taskForces.length > 1)
      .sort((a, b) => b.taskForces.length - a.taskForces.length || a.department.id.localeCompare(b.department.id)),
  };
}
