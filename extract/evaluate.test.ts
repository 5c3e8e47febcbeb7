import { describe, expect, it } from "vitest";
import { evaluateFixtures, fixtureSets } from "./evaluate.ts";

/**
 * Floors, not targets. The held-out floors sit 0.03 below the round-3 held-out scores reported in the extract
 * section of README.md (13 texts never tuned on, evaluated once): a drop below them is a regression in how the
 * extractor generalises. The dev and paraphrase sets were tuned on, so their floors only catch breakage.
 */
const heldoutFloors = {
  measure: { precision: 0.93, recall: 0.49 },
  candidate: { precision: 0.21, recall: 0.5 },
  department: { precision: 0.93, recall: 0.78 },
  company: { precision: 0.97, recall: 0.68 },
  project: { precision: 0.4, recall: 0.3 },
  figure: { precision: 0.94, recall: 0.94 },
  date: { precision: 0.97, recall: 0.89 },
  duration: { precision: 0.83, recall: 0.97 },
} as const;

const devFloors = {
  measure: { precision: 0.94, recall: 0.95 },
  candidate: { precision: 0.9, recall: 0.79 },
  department: { precision: 0.97, recall: 0.97 },
  company: { precision: 0.97, recall: 0.93 },
  project: { precision: 0.97, recall: 0.86 },
  figure: { precision: 0.97, recall: 0.96 },
  date: { precision: 0.97, recall: 0.97 },
  duration: { precision: 0.97, recall: 0.97 },
} as const;

const paraphraseFloors = {
  measure: { precision: 0.9, recall: 0.9 },
  candidate: { precision: 0.45, recall: 0.55 },
  department: { precision: 0.85, recall: 0.85 },
  company: { precision: 0.9, recall: 0.9 },
  project: { precision: 0.75, recall: 0.9 },
  figure: { precision: 0.9, recall: 0.9 },
  date: { precision: 0.9, recall: 0.9 },
  duration: { precision: 0.9, recall: 0.9 },
  taskforce: { precision: 0.8, recall: 0.6 },
  park: { precision: 0.7, recall: 0.8 },
  region: { precision: 0.8, recall: 0.8 },
} as const;

type Floors = Record<string, { precision: number; recall: number }>;

function checkFloors(set: keyof typeof fixtureSets, floors: Floors) {
  const { scores } = evaluateFixtures(fixtureSets[set]);
  it.each(Object.entries(floors))(`${set}: %s stays above its precision and recall floors`, (type, floor) => {
    const score = scores[type as keyof typeof scores];
    expect(score, `${type} is annotated in ${set}`).toBeDefined();
    expect(score?.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(score?.recall).toBeGreaterThanOrEqual(floor.recall);
  });
}

describe("evaluation on the held-out published texts", () => checkFloors("heldout", heldoutFloors));

describe("evaluation on the tuned-on sets", () => {
  checkFloors("dev", devFloors);
  checkFloors("paraphrase", paraphraseFloors);
});
