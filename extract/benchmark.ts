import { readFileSync } from "node:fs";
import { fixtureNames, fixturesDir } from "./evaluate.ts";
import { extractCase } from "./index.ts";

/** A ~10,000-character case text made of the fixtures back to back, as long as the longest published write-ups. */
export function longText(chars = 10_000): string {
  const texts = fixtureNames().map((name) => readFileSync(`${fixturesDir}${name}.txt`, "utf8"));
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${texts[i % texts.length]}\n\n`;
  return text.slice(0, chars);
}

/** Median wall time of `extractCase` (validation included) on a ~10k-character text, after one warm-up run. */
export function benchmarkExtraction(runs = 15): { chars: number; medianMs: number; runs: number } {
  const text = longText();
  extractCase(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extractCase(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = Number((times[Math.floor(runs / 2)] ?? 0).toFixed(2));
  return { chars: text.length, medianMs, runs };
}
