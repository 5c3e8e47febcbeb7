/**
 * Set comparison of found keys against annotated keys, per item type (fixtures/published/README.md). Exact keys for
 * every type but candidates, whose boundaries are a judgement call: there a found name matches an annotated one when
 * one contains the other and the shorter is at least half as long. Each annotated key is matched at most once.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
}

export interface Comparison extends Counts {
  missed: string[];
  extra: string[];
}

export function looselyEqual(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length * 2 >= long.length;
}

export function compareKeys(
  expected: readonly string[],
  found: readonly string[],
  equal: (a: string, b: string) => boolean = (a, b) => a === b,
): Comparison {
  const open = [...new Set(expected)];
  const extra: string[] = [];
  let tp = 0;
  for (const key of new Set(found)) {
    const i = open.findIndex((e) => equal(e, key));
    if (i >= 0) {
      open.splice(i, 1);
      tp++;
    } else if (!new Set(expected).has(key) && !expected.some((e) => equal(e, key))) {
      extra.push(key);
    }
  }
  return { tp, fp: extra.length, fn: open.length, missed: open, extra };
}

export function scoreOf({ tp, fp, fn }: Counts): Score {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}
