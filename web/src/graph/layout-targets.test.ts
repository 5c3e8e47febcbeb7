import { describe, expect, it } from "vitest";
import { measureById } from "../../../graph-schema/taxonomy.ts";
import { layoutConfig } from "./layout-config.ts";
import { createLayoutCore } from "./layout-core.ts";
import { layoutGroups, layoutTargets } from "./layout-targets.ts";
import { type GraphModel, linkIndexPairs, mergeSubgraphs } from "./model.ts";
import { link, node, sub } from "./test-fixtures.ts";

// Real taxonomy ids: two recruitment measures, two approval measures, one after-care measure, three cases.
const recruitment = ["measure:third-party-recruitment", "measure:business-referral"];
const approval = ["measure:proxy-service", "measure:parallel-approval"];
const model: GraphModel = mergeSubgraphs([
  sub(
    [
      ...[...recruitment, ...approval].map((id) => node(id, "Measure")),
      node("case:a", "Case"),
      node("case:b", "Case"),
      node("case:c", "Case"),
    ],
    [
      link("case:a", recruitment[0] ?? ""),
      link("case:a", approval[0] ?? ""),
      link("case:b", recruitment[1] ?? ""),
      link("case:b", approval[1] ?? ""),
      link("case:c", approval[0] ?? ""),
    ],
  ),
]);

function settle(targets: ReturnType<typeof layoutTargets>, seed = 1): Float32Array {
  const count = model.nodes.length;
  const core = createLayoutCore({
    count,
    pairs: linkIndexPairs(model),
    initial: new Float32Array(count * 2).fill(Number.NaN),
    radii: new Float32Array(count).fill(5),
    config: layoutConfig(count, model.links.length),
    seed,
    alpha: 1,
    targets,
  });
  core.tick(300);
  const xy = new Float32Array(count * 2);
  core.positions(xy);
  return xy;
}

const at = (xy: Float32Array, id: string) => {
  const i = model.index.get(id) ?? -1;
  return [xy[i * 2] ?? 0, xy[i * 2 + 1] ?? 0] as const;
};
const distance = (xy: Float32Array, a: string, b: string) =>
  Math.hypot(at(xy, a)[0] - at(xy, b)[0], at(xy, a)[1] - at(xy, b)[1]);

describe("layouts", () => {
  it("knows the fixture's measures from the taxonomy", () => {
    for (const id of [...recruitment, ...approval]) expect(measureById.has(id), id).toBe(true);
  });

  it("category layout: measures of one category end up nearer each other than to another category's", () => {
    const xy = settle(layoutTargets("category", model, null));
    const same = distance(xy, recruitment[0] ?? "", recruitment[1] ?? "");
    const other = distance(xy, recruitment[0] ?? "", approval[0] ?? "");
    expect(same).toBeLessThan(other);
    expect(settle(layoutTargets("category", model, null))).toEqual(xy);
  });

  it("stage layout: 招商 measures lie left of 审批 measures, cases between their measures", () => {
    const xy = settle(layoutTargets("stage", model, null));
    for (const r of recruitment) for (const a of approval) expect(at(xy, r)[0]).toBeLessThan(at(xy, a)[0]);
    expect(at(xy, "case:a")[0]).toBeGreaterThan(at(xy, recruitment[0] ?? "")[0]);
    expect(at(xy, "case:a")[0]).toBeLessThan(at(xy, approval[0] ?? "")[0]);
  });

  it("radial layout: the focus at the centre, its neighbours on the first ring, the rest further out", () => {
    const targets = layoutTargets("radial", model, "case:a");
    expect(targets).not.toBeNull();
    const xy = settle(targets);
    const centre = Math.hypot(...at(xy, "case:a"));
    const first = Math.hypot(...at(xy, approval[0] ?? ""));
    const second = Math.hypot(...at(xy, "case:c"));
    expect(centre).toBeLessThan(10);
    expect(first).toBeGreaterThan(centre);
    expect(second).toBeGreaterThan(first);
    expect(layoutTargets("radial", model, null)).toBeNull();
    expect(layoutTargets("force", model, null)).toBeNull();
  });

  it("names the clusters: categories, or stages in the stage layout, in the chosen language", () => {
    expect(layoutGroups("category", model, "zh").map((g) => g.label)).toEqual(["招商方式", "审批服务"]);
    expect(layoutGroups("stage", model, "en").map((g) => g.label)).toEqual(["Attract", "Approve"]);
    expect(layoutGroups("force", model, "en")).toEqual([]);
  });
});
