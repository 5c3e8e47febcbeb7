import type { CaseRef, Recurrence, TaskForce } from "../api/types.ts";
import type { Lang, TaskForceGrouping } from "../state/state.ts";
import { type Party, participants, partyOf } from "./taskforces.ts";

/** The taxonomy's task-force measures: a case featuring one mentions a 专班 even when it names no members. */
export const taskForceMeasures = ["measure:task-force", "measure:task-force-with-liaison"];

export interface Coverage {
  /** Cases that mention a task force (feature a task-force measure or have a TaskForce node). */
  mention: CaseRef[];
  /** Of those, the cases with a task force whose member departments are named. */
  withMembers: Set<string>;
  /**
   * Departments (by the view's grouping: a kind across cases, or one department node) that are member or leader
   * of more than one task force. Each district's 发改 is its own node, so across cases only kinds recur.
   */
  shared: { party: Party; taskForces: TaskForce[] }[];
}

export function taskForceCoverage(
  taskForces: readonly TaskForce[],
  recurrence: Recurrence,
  grouping: TaskForceGrouping,
  lang: Lang,
): Coverage {
  const mention = new Map<string, CaseRef>();
  for (const m of recurrence.measures)
    if (taskForceMeasures.includes(m.id)) for (const c of m.cases) mention.set(c.id, c);
  for (const tf of taskForces) mention.set(tf.case.id, tf.case);
  const withMembers = new Set(taskForces.filter((tf) => tf.members.length > 0).map((tf) => tf.case.id));
  const byParty = new Map<string, { party: Party; taskForces: TaskForce[] }>();
  for (const tf of taskForces) {
    const parties = new Map(
      participants(tf).map(({ dept }) => [partyOf(dept, grouping, lang).key, partyOf(dept, grouping, lang)]),
    );
    for (const party of parties.values()) {
      const entry = byParty.get(party.key) ?? { party, taskForces: [] };
      entry.taskForces.push(tf);
      byParty.set(party.key, entry);
    }
  }
  return {
    mention: [...mention.values()].sort((a, b) => a.id.localeCompare(b.id)),
    withMembers,
    shared: [...byParty.values()]
      .filter((e) => e.taskForces.length > 1)
      .sort((a, b) => b.taskForces.length - a.taskForces.length || a.party.key.localeCompare(b.party.key)),
  };
}
