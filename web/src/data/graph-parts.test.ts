import { describe, expect, it } from "vitest";
import { link, node, sub } from "../graph/test-fixtures.ts";
import { assemble, PAGE_SIZE, pageKey, pageOffset } from "./graph-parts.ts";

describe("graph parts", () => {
  const base = sub([node("a"), node("b")], [link("a", "b")]);
  const pages = new Map([
    [pageKey("b", 1), sub([node("b"), node("c")], [link("b", "c")], true)],
    [pageKey("b", 2), sub([node("b"), node("d")], [link("b", "d")], false)],
    [pageKey("a", 1), sub([node("a"), node("c"), node("e")], [link("a", "c"), link("a", "e")], true)],
  ]);

  it("pages by offset", () => {
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(3)).toBe(2 * PAGE_SIZE);
  });

  it("adds expansion pages in order and knows which nodes have more", () => {
    const g = assemble(base, [{ id: "b", pages: 1 }], pages, null);
    expect(g.model.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect([...g.hasMore]).toEqual(["b"]);
    const more = assemble(base, [{ id: "b", pages: 2 }], pages, null);
    expect(more.model.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(more.hasMore.size).toBe(0);
  });

  it("collapsing keeps nodes another expansion still brings", () => {
    const both = assemble(
      base,
      [
        { id: "b", pages: 1 },
        { id: "a", pages: 1 },
      ],
      pages,
      null,
    );
    expect(both.model.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "e"]);
    const collapsed = assemble(base, [{ id: "a", pages: 1 }], pages, null);
    expect(collapsed.model.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "e"]);
    expect(collapsed.model.links.map((l) => l.id)).toEqual(["a-b", "a-c", "a-e"]);
    expect(assemble(base, [], pages, null).model.nodes.map((n) => n.id)).toEqual(["a", "b"]);
  });

  it("adds the first path and marks it", () => {
    const path = { paths: [{ nodes: [node("a"), node("x")], links: [link("a", "x")] }] };
    const g = assemble(base, [], pages, path);
    expect(g.model.index.has("x")).toBe(true);
    expect([...(g.pathNodes ?? [])]).toEqual(["a", "x"]);
    expect([...(g.pathLinks ?? [])]).toEqual(["a-x"]);
    expect(assemble(base, [], pages, { paths: [] }).pathNodes).toBeNull();
  });
});
