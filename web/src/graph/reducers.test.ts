import { describe, expect, it } from "vitest";
import { mergeSubgraphs } from "./model.ts";
import { fitTransform, initialPositions, positionMap } from "./placement.ts";
import { type InteractionState, reduceDisplay, topByDegree } from "./reducers.ts";
import { link, node, sub } from "./test-fixtures.ts";

const model = mergeSubgraphs([
  sub(
    [node("a", "Case", 5), node("b", "Measure", 2), node("c", "Measure", 1), node("d", "Park", 1)],
    [link("a", "b"), link("b", "c"), link("c", "d")],
  ),
]);
const idle: InteractionState = {
  hovered: null,
  selected: null,
  pathNodes: null,
  pathLinks: null,
  lang: "zh",
  labelBudget: 1,
};

describe("display reducer", () => {
  it("labels the top hubs when nothing is focused", () => {
    const display = reduceDisplay(model, idle);
    expect(display.nodes.map((n) => n.showLabel)).toEqual([true, false, false, false]);
    expect(display.nodes.every((n) => !n.dim)).toBe(true);
    expect(display.nodes[0]?.label).toBe("名a");
  });

  it("highlights the hovered node's neighbourhood and dims the rest", () => {
    const display = reduceDisplay(model, { ...idle, hovered: "b" });
    expect(display.nodes.map((n) => n.emphasis)).toEqual([1, 2, 1, 0]);
    expect(display.nodes.map((n) => n.dim)).toEqual([false, false, false, true]);
    expect(display.links.map((l) => l.emphasis)).toEqual([true, true, false]);
    expect(display.links[2]?.dim).toBe(true);
  });

  it("emphasises the path", () => {
    const display = reduceDisplay(model, { ...idle, pathNodes: new Set(["c", "d"]), pathLinks: new Set(["c-d"]) });
    expect(display.nodes.map((n) => n.dim)).toEqual([true, true, false, false]);
    expect(display.links.map((l) => l.emphasis)).toEqual([false, false, true]);
  });

  it("uses English names when asked", () => {
    expect(reduceDisplay(model, { ...idle, lang: "en" }).nodes[1]?.label).toBe("name b");
  });

  it("orders hubs by degree then id", () => {
    expect([...topByDegree(model, 3)]).toEqual(["a", "b", "c"]);
  });
});

describe("placement", () => {
  it("keeps known positions and puts new nodes next to a placed neighbour, the same way each time", () => {
    const previous = new Map<string, [number, number]>([["a", [100, 100]]]);
    const first = initialPositions(model, previous, 1);
    expect(first.known).toBe(1);
    expect([first.xy[0], first.xy[1]]).toEqual([100, 100]);
    const bx = first.xy[2] ?? 0;
    const by = first.xy[3] ?? 0;
    expect(Math.hypot(bx - 100, by - 100)).toBeLessThanOrEqual(40);
    expect(initialPositions(model, previous, 1).xy).toEqual(first.xy);
  });

  it("leaves everything to d3 for a fresh layout", () => {
    const fresh = initialPositions(model, new Map(), 1);
    expect(fresh.known).toBe(0);
    expect([...fresh.xy].every(Number.isNaN)).toBe(true);
  });

  it("remembers positions by id", () => {
    const map = positionMap(model, Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(map.get("c")).toEqual([5, 6]);
  });

  it("fits the drawing into the box", () => {
    const fit = fitTransform(Float32Array.from([-100, -50, 100, 50]), 440, 180, 20);
    expect(fit.k).toBeCloseTo(1.4);
    expect(fit.x).toBeCloseTo(220);
    expect(fit.y).toBeCloseTo(90);
  });
});
