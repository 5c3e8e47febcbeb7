import type { Found } from "./items.ts";
import { nameStart } from "./names.ts";
import { type PreparedText, sentenceAt } from "./text.ts";

/**
 * Task forces: a named 专班 (or 指挥部 / 工作组 / 领导小组), the post of its leader (由区委常委任组长) and the departments
 * it gathers, read from the sentence that sets it up.
 */
export interface TaskForceFound {
  force: Found;
  leader?: Found;
  /** Department kind of the leader's unit, from a department inside the post or from the post's title. */
  leaderKind?: string;
  /** Department items the task force gathers. */
  members: Found[];
}

const forcePattern = /专班|指挥部|工作组|领导小组/g;
/** Words any task force name may carry; what is left must still name something (浙江聚泰) to count as a name. */
const genericWords = /工作|项目|推进|服务|重大|专门|一/g;
const setUp = /(成立|组建|设立|建立|抽调|牵头)/;
/** 由区委常委任组长 first; a post without 由 (区长担任组长) is cut at the last function word by nameStart. */
const leaderTitle = /(?:任|担任|作为|挂帅任?)(组长|专班长|总指挥|指挥长|召集人|主任|班长)/;

const postKinds: readonly [RegExp, string][] = [
  [/书记|常委|区委|县委|市委|党委/, "party-committee"],
  [/区长|县长|市长|镇长|政府/, "government"],
  [/管委会|园区|开发区/, "park-admin"],
];

export function findTaskForces(text: PreparedText, departments: readonly Found[]): TaskForceFound[] {
  const forces: TaskForceFound[] = [];
  for (const m of text.norm.matchAll(forcePattern)) {
    const start = nameStart(text.norm, m.index, { maxKernel: 20 });
    const kernel = text.norm.slice(start, m.index);
    const named = kernel.replace(genericWords, "");
    const sentence = sentenceAt(text, m.index);
    const before = text.norm.slice(sentence.start, start);
    if (named.length < 2 || !(setUp.test(before) || kernel.includes("项目"))) continue;
    const end = m.index + m[0].length;
    const name = text.norm.slice(start, end);
    const force: Found = { type: "taskforce", start, end, key: name, confidence: setUp.test(before) ? 0.85 : 0.65 };
    forces.push({ force, ...leaderOf(text, sentence, departments), members: [] });
  }
  for (const tf of forces) tf.members = membersOf(text, tf, departments);
  return forces;
}

function leaderOf(text: PreparedText, sentence: { start: number; end: number }, departments: readonly Found[]) {
  const body = text.norm.slice(sentence.start, sentence.end);
  const m = leaderTitle.exec(body);
  if (!m?.[1]) return {};
  const end = sentence.start + m.index;
  const by = body.lastIndexOf("由", m.index);
  const start = by >= 0 && m.index - by <= 13 ? sentence.start + by + 1 : nameStart(text.norm, end, { maxKernel: 12 });
  const post = text.norm.slice(start, end);
  if (post.length < 2) return {};
  const role = `${post} (${m[1]})`;
  const leader: Found = { type: "leader", start, end, key: role, confidence: 0.8, role };
  const inside = departments.find((d) => d.start >= start && d.end <= end && /^[a-z-]+$/.test(d.key));
  const leaderKind = inside?.key ?? postKinds.find(([re]) => re.test(post))?.[1];
  return leaderKind ? { leader, leaderKind } : { leader };
}

/** Departments named in the same sentence after the name (统筹发改、住建…), else before it (由发改、住建组成的专班). */
function membersOf(text: PreparedText, tf: TaskForceFound, departments: readonly Found[]): Found[] {
  const sentence = sentenceAt(text, tf.force.start);
  const notLeader = (d: Found) => !tf.leader || d.end <= tf.leader.start || d.start >= tf.leader.end;
  const inSentence = departments.filter((d) => d.start >= sentence.start && d.end <= sentence.end && notLeader(d));
  const after = inSentence.filter((d) => d.start >= tf.force.end);
  return after.length > 0 ? after : inSentence.filter((d) => d.end <= tf.force.start);
}
