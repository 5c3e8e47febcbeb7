import type { FigureNode, ProjectNode } from "../../graph-schema/nodes.ts";
import { monthsIn, numbersIn } from "./normalize.ts";

/**
 * Does a passage state this fact? Pure functions over the passage text, used by checks.ts. Each returns undefined
 * when the passage supports the fact and a short reason when it does not.
 */

/** A figure's value must be a number the passage writes (8,185 → 8185; six → 6; 八个月 → 8). */
export function valueProblem(value: number, passage: string): string | undefined {
  return numbersIn(passage).some((n) => Math.abs(n - value) < 1e-9) ? undefined : `the passage never writes ${value}`;
}

/** Each part of a date (`2022`, `2022-09-28`, `--06-17`) must be in the passage: the year, the month, the day. */
export function dateProblem(date: string, passage: string): string | undefined {
  const [, year, month, day] = /^(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) ?? [];
  const numbers = numbersIn(passage);
  if (year && year !== "-" && !numbers.includes(Number(year))) return `the passage does not give the year ${year}`;
  if (month && !monthsIn(passage).has(Number(month))) return `the passage does not give month ${Number(month)}`;
  if (day && !numbers.includes(Number(day))) return `the passage does not give day ${Number(day)}`;
  return undefined;
}

/** A count of working days (工作日, "working days") is normalised as `workday`, never as calendar days. */
export function workdayProblem(figure: FigureNode, passage: string): string | undefined {
  if (figure.value === undefined || figure.normalized?.unit === "workday") return undefined;
  const v = String(figure.value);
  const written = new RegExp(`(^|[^\\d.])${v.replace(".", "\\.")}\\s*(个)?(working days?|工作日)`, "i");
  if (figure.unit?.includes("工作日") || written.test(passage)) {
    return `${v} is counted in working days; normalized.unit must be "workday"`;
  }
  return undefined;
}

type Status = NonNullable<ProjectNode["status"]>;

/** Words that state each status, in the sheets' English and the texts' Chinese. */
const statusWords: Record<Status, RegExp> = {
  planned: /\bplan(ned|s)?\b|计划|拟/i,
  signed: /\bsign(ed|ing)?\b|签约|签订|签下/i,
  landed: /\blanded\b|\bsettled\b|落户|落地/i,
  "under-construction":
    /under construction|being built|\bbuilding\b|construction (began|started)|started construction|\bto construction\b|newly started|ground (was )?broken|groundbreaking|broke ground|piling|topped out|under way|开工|动工|在建|施工/i,
  "trial-production": /trial (production|run)|试生产|试产|试运行/i,
  producing:
    /\bproducing\b|in production|\bto production\b|production (began|started)|began production|\brunning\b|投产|达产/i,
  restarted: /restart(ed)?|复工/i,
};

/** Words that make a status an expectation rather than a fact: "expected", "near", "targeted", 预计, 将 … */
const hedges =
  /\b(expected|expects|expect|targeted|target|near|nearly|due|will|would|planned|plans|aims?|prepar(ed|ing))\b|预计|计划|将|拟|有望|即将|力争|准备/i;

/** The passage states the status in a clause that does not hedge it. */
export function statusProblem(status: Status, passage: string): string | undefined {
  const clauses = passage.split(/[.;,:()\n，。；：（）]|\band\b/);
  const stated = clauses.some((c) => statusWords[status].test(c) && (status === "planned" || !hedges.test(c)));
  return stated ? undefined : `the passage does not state "${status}" (an expectation is not a status)`;
}
