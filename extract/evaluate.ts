import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractCase } from "./index.ts";
import { type ExtractedItem, itemTypes } from "./items.ts";
import { type Comparison, type Counts, compareKeys, looselyEqual, type Score, scoreOf } from "./scoring.ts";

/**
 * Precision and recall per item type over annotated fixture sets (fixtures/README.md, fixtures/published/README.md).
 * Keys are compared as sets per text, then counts are summed over texts (micro-average). Candidate new measures are
 * their own class. A type absent from a text's annotation file is not scored for that text.
 *
 * `npm run extract:evaluate [-- --sets dev,paraphrase] [--details dev]` prints the table; `--details` lists the
 * misses and extras of one set (never read the held-out ones while tuning: that makes them in-sample).
 */
export const evaluatedTypes = ["candidate", ...itemTypes] as const;
export type EvaluatedType = (typeof evaluatedTypes)[number];
export type { Score } from "./scoring.ts";

export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** The three sets, most honest first: held-out published texts, tuned-on published texts, our own paraphrases. */
export const fixtureSets = {
  heldout: `${fixturesDir}published/heldout/`,
  dev: `${fixturesDir}published/dev/`,
  paraphrase: fixturesDir,
} as const;
export type FixtureSet = keyof typeof fixtureSets;

export interface FixtureResult {
  name: string;
  missed: Partial<Record<EvaluatedType, string[]>>;
  extra: Partial<Record<EvaluatedType, string[]>>;
}

export interface SetResult {
  scores: Partial<Record<EvaluatedType, Score>>;
  fixtures: FixtureResult[];
}

export function fixtureNames(dir: string = fixturesDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

function classOf(item: ExtractedItem): EvaluatedType {
  return item.candidate ? "candidate" : item.type;
}

export function evaluateFixtures(dir: string = fixturesDir): SetResult {
  const counts = new Map<EvaluatedType, Counts>();
  const fixtures: FixtureResult[] = [];
  for (const name of fixtureNames(dir)) {
    const text = readFileSync(`${dir}${name}.txt`, "utf8");
    const gold = JSON.parse(readFileSync(`${dir}${name}.json`, "utf8")) as Partial<Record<EvaluatedType, string[]>>;
    const { items } = extractCase(text);
    const result: FixtureResult = { name, missed: {}, extra: {} };
    for (const type of evaluatedTypes) {
      const expected = gold[type];
      if (!expected) continue;
      const found = items.filter((i) => classOf(i) === type).map((i) => i.key);
      const c: Comparison = compareKeys(expected, found, type === "candidate" ? looselyEqual : undefined);
      const sum = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      counts.set(type, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
      if (c.missed.length > 0) result.missed[type] = c.missed;
      if (c.extra.length > 0) result.extra[type] = c.extra;
    }
    fixtures.push(result);
  }
  const scores = Object.fromEntries([...counts].map(([t, c]) => [t, scoreOf(c)]));
  return { scores, fixtures };
}

const cell = (s: Score | undefined) =>
  s ? `${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.tp}/${s.tp + s.fn}/${s.tp + s.fp}` : "– | – | –";

/** One Markdown table over the sets: precision, recall and correct/expected/found per type. */
export function formatTable(results: Partial<Record<FixtureSet, SetResult>>): string {
  const sets = Object.keys(results) as FixtureSet[];
  const header = sets.map((s) => `${s} P | ${s} R | ${s} ok/exp/found`).join(" | ");
  const rows = evaluatedTypes
    .filter((t) => sets.some((s) => results[s]?.scores[t]))
    .map((t) => `| ${t} | ${sets.map((s) => cell(results[s]?.scores[t])).join(" | ")} |`);
  const texts = sets.map((s) => `${s}: ${results[s]?.fixtures.length ?? 0} texts`).join(", ");
  return [`| type | ${header} |`, `| --- |${" --- | --- | --- |".repeat(sets.length)}`, ...rows, "", texts].join("\n");
}

function main(argv: string[]): void {
  const flag = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
  const details = flag("--details") as FixtureSet | undefined;
  const only = flag("--sets")?.split(",");
  const results: Partial<Record<FixtureSet, SetResult>> = {};
  for (const [set, dir] of Object.entries(fixtureSets) as [FixtureSet, string][]) {
    if (existsSync(dir) && (!only || only.includes(set))) results[set] = evaluateFixtures(dir);
  }
  process.stdout.write(`${formatTable(results)}\n`);
  for (const f of details ? (results[details]?.fixtures ?? []) : []) {
    process.stdout.write(`\n${f.name}\n  missed: ${JSON.stringify(f.missed)}\n  extra: ${JSON.stringify(f.extra)}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
