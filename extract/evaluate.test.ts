import { describe, expect, it } from "vitest";
import { evaluateFixtures, fixtureSets } from "./evaluate.ts";

/**
 * Floors, not targets. The held-out floors sit 0.03 below the scores reported for those texts (see the extract
 * section of README.md), which were never tuned on: a drop below them is a regression in how the extractor
 * generalises. The dev and paraphrase sets were tuned on, so their floors only catch breakage.
 */
const heldoutFloors = {
  measure: { precision: 0.9, recall: 0.53 },
  candidate: { precision: 0.27, recall: 0.29 },
  department: { precision: 0.42, recall: 0.79 },
  company: { precision: 0.85, recall: 0.81 },
  project: { precision: 0.8, recall: 0.64 },
  figure: { precision: 0.94, recall: 0.94 },
  date: { precision: 0.97, recall: 0.97 },
  duration: { precision: 0.8, recall: 0.97 },
} as const;

const tunedFloors = {
  measure: { precision: 0.9, recall: 0.9 },
  candidate: { precision: 0.5, recall: 0.55 },
  department: { precision: 0.75, recall: 0.75 },
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
  checkFloors("dev", Object.fromEntries(Object.entries(tunedFloors).slice(0, 8)));
  checkFloors("paraphrase", tunedFloors);
});
