import { existsSync, readFileSync } from "node:fs";
import { fixtureNames, fixtureSets } from "./evaluate.ts";
import { extractCase } from "./index.ts";

/** Every fixture text, paraphrased and published, as raw material for long texts (a set between rounds may be empty). */
function fixtureTexts(): string[] {
  return Object.values(fixtureSets)
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => fixtureNames(dir).map((name) => readFileSync(`${dir}${name}.txt`, "utf8")));
}

/** A text of `chars` characters made of the fixtures back to back, starting at fixture `offset`. */
export function longText(chars = 10_000, offset = 0): string {
  const texts = fixtureTexts();
  let text = "";
  for (let i = offset; text.length < chars; i++) text += `${texts[i % texts.length]}\n\n`;
  return text.slice(0, chars);
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2));
};

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
  return { chars: text.length, medianMs: median(times), runs };
}

export interface BatchResult {
  texts: number;
  chars: number;
  /** Median wall time of the whole batch through extractCase. */
  batchMs: number;
  /** Baseline of the same run: only preparing the texts (normalising and segmenting), the floor any extraction pays. */
  prepareMs: number;
  runs: number;
}

/**
 * A batch of `texts` different texts of `chars` characters each, extracted one after another as a bulk import does,
 * next to the cost of preparing the same texts. The first run also loads the segmentation dictionary and is not timed.
 */
export async function benchmarkBatch(texts = 100, chars = 5_000, runs = 3): Promise<BatchResult> {
  const { prepareText } = await import("./text.ts");
  const batch = Array.from({ length: texts }, (_, i) => longText(chars, i));
  extractCase(batch[0] as string);
  const timeOf = (work: (text: string) => unknown) => {
    const start = performance.now();
    for (const text of batch) work(text);
    return performance.now() - start;
  };
  const batchTimes: number[] = [];
  const prepareTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    prepareTimes.push(timeOf(prepareText));
    batchTimes.push(timeOf((text) => extractCase(text)));
  }
  return { texts, chars, batchMs: median(batchTimes), prepareMs: median(prepareTimes), runs };
}
