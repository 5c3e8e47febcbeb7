import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extractCase } from "./index.ts";
import { type ExtractedItem, itemTypes } from "./items.ts";

/**
 * Precision and recall per item type over the annotated fixtures (fixtures/README.md). Keys are compared as sets per
 * fixture, then counts are summed over fixtures (micro-average). Candidate new measures are scored as their own class.
 */
export const evaluatedTypes = ["candidate", ...itemTypes] as const;
export type EvaluatedType = (typeof evaluatedTypes)[number];

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface FixtureResult {
  name: string;
  missed: Partial<Record<EvaluatedType, string[]>>;
  extra: Partial<Record<EvaluatedType, string[]>>;
}

export const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));

export function fixtureNames(dir = fixturesDir): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
}

function classOf(item: ExtractedItem): EvaluatedType {
  return item.candidate ? "candidate" : item.type;
}

export function evaluateFixtures(dir = fixturesDir): {
  scores: Record<EvaluatedType, Score>;
  fixtures: FixtureResult[];
} {
  const counts = Object.fromEntries(evaluatedTypes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    EvaluatedType,
    { tp: number; fp: number; fn: number }
  >;
  const fixtures: FixtureResult[] = [];
  for (const name of fixtureNames(dir)) {
    const text = readFileSync(`${dir}${name}.txt`, "utf8");
    const gold = JSON.parse(readFileSync(`${dir}${name}.json`, "utf8")) as Partial<Record<EvaluatedType, string[]>>;
    const { items } = extractCase(text);
    const result: FixtureResult = { name, missed: {}, extra: {} };
    for (const type of evaluatedTypes) {
      const expected = new Set(gold[type] ?? []);
      const got = new Set(items.filter((i) => classOf(i) === type).map((i) => i.key));
      const missed = [...expected].filter((k) => !got.has(k));
      const extra = [...got].filter((k) => !expected.has(k));
      counts[type].tp += expected.size - missed.length;
      counts[type].fn += missed.length;
      counts[type].fp += extra.length;
      if (missed.length > 0) result.missed[type] = missed;
      if (extra.length > 0) result.extra[type] = extra;
    }
    fixtures.push(result);
  }
  const scores = Object.fromEntries(
    evaluatedTypes.map((t) => {
      const { tp, fp, fn } = counts[t];
      return [
        t,
        { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) },
      ];
    }),
  ) as Record<EvaluatedType, Score>;
  return { scores, fixtures };
}

/** Markdown table, the form the report to reviewers uses. */
export function formatScores(scores: Record<EvaluatedType, Score>): string {
  const rows = evaluatedTypes.map((t) => {
    const s = scores[t];
    return `| ${t} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`;
  });
  return [
    "| type | expected | found | correct | precision | recall |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { scores, fixtures } = evaluateFixtures();
  process.stdout.write(`${formatScores(scores)}\n\n`);
  for (const f of fixtures) {
    process.stdout.write(`${f.name}\n  missed: ${JSON.stringify(f.missed)}\n  extra: ${JSON.stringify(f.extra)}\n`);
  }
}
