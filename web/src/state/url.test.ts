import { describe, expect, it } from "vitest";
import { type AppState, defaultState } from "./state.ts";
import { decodeState, encodeState } from "./url.ts";

describe("URL state", () => {
  it("encodes the default state as an empty query", () => {
    expect(encodeState(defaultState)).toBe("");
    expect(decodeState("")).toEqual(defaultState);
  });

  it("round-trips every field", () => {
    const state: AppState = {
      ...defaultState,
      view: "cooccurrence",
      lang: "en",
      table: true,
      present: true,
      hidden: ["Company", "Park"],
      selected: "measure:proxy-service",
      expanded: [
        { id: "case:dinghai-2022-03", pages: 1 },
        { id: "dept:dinghai:commerce", pages: 3 },
      ],
      zoom: { k: 1.5, x: 12.3, y: -40 },
      pathFrom: "case:a",
      pathTo: "case:b",
      pathOnly: true,
      cases: ["case:a", "case:b"],
      synthetic: true,
      category: "category:approval",
      region: "region:zhoushan",
      yearFrom: 2020,
      yearTo: 2023,
      measure: "measure:x",
      minCount: 3,
      order: "name",
      pair: ["measure:a", "measure:b"],
      grouping: "dept",
      taskForce: "taskforce:x",
      department: "dept:y",
      caseA: "case:a",
      caseB: "case:b",
      similarTo: "case:c",
      profile: "measure:p",
      minSupport: 4,
      focus: "measure:f",
      bench: { nodes: 5000, links: 20000 },
      renderer: "canvas",
      seed: 7,
      allTypes: true,
      layout: "radial",
      colorBy: "community",
      sizeBy: "betweenness",
    };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it("keeps ids readable in the link", () => {
    const search = encodeState({ ...defaultState, selected: "case:a", hidden: ["Company", "Park"] });
    expect(search).toBe("hide=Company,Park&sel=case:a");
  });

  it("writes the layout only when it is not the first view's", () => {
    expect(encodeState({ ...defaultState, layout: "category" })).toBe("");
    expect(encodeState({ ...defaultState, layout: "stage", allTypes: true })).toBe("all=1&layout=stage");
    expect(decodeState("layout=sideways").layout).toBe("category");
  });

  it("falls back to defaults on malformed values", () => {
    const state = decodeState("v=nope&lang=fr&z=abc&min=-3&order=zigzag&y0=12&exp=case:a*0,case:b*x&seed=-1");
    expect(state.view).toBe("graph");
    expect(state.lang).toBe("zh");
    expect(state.zoom).toBeNull();
    expect(state.minCount).toBe(defaultState.minCount);
    expect(state.order).toBe("cluster");
    expect(state.yearFrom).toBeNull();
    expect(state.expanded).toEqual([
      { id: "case:a", pages: 1 },
      { id: "case:b", pages: 1 },
    ]);
    expect(state.seed).toBe(1);
  });

  it("reads the bench parameters", () => {
    expect(decodeState("bench=1&nodes=5000&links=20000").bench).toEqual({ nodes: 5000, links: 20000 });
    expect(decodeState("nodes=5000").bench).toBeNull();
  });

  it("rounds the zoom so links stay short", () => {
    expect(encodeState({ ...defaultState, zoom: { k: 1.234567, x: 10.123456, y: 3 } })).toBe("z=1.235,10.1,3");
  });
});
