import type { LayoutInput } from "./layout-core.ts";

/** Messages between the graph view and the layout worker. */
export type ToWorker =
  | { kind: "start"; input: LayoutInput }
  | { kind: "fix"; i: number; x: number; y: number }
  | { kind: "release"; i: number }
  | { kind: "reheat"; alpha: number }
  | { kind: "stop" };

export type FromWorker = { kind: "positions"; xy: Float32Array; settled: boolean };
