import { describe, expect, it } from "vitest";
import { collapse, emptyUndo, expand, nextPage, popUndo, pushUndo } from "./expansions.ts";

describe("expansions", () => {
  it("expands once, pages on, collapses", () => {
    let list = expand([], "a");
    list = expand(list, "a");
    expect(list).toEqual([{ id: "a", pages: 1 }]);
    list = nextPage(list, "a");
    list = nextPage(list, "b");
    expect(list).toEqual([
      { id: "a", pages: 2 },
      { id: "b", pages: 1 },
    ]);
    expect(collapse(list, "a")).toEqual([{ id: "b", pages: 1 }]);
  });

  it("undoes in reverse order within a bounded stack", () => {
    let stack = emptyUndo<number>(2);
    stack = pushUndo(stack, 1);
    stack = pushUndo(stack, 2);
    stack = pushUndo(stack, 3);
    expect(stack.items).toEqual([2, 3]);
    const first = popUndo(stack);
    expect(first.value).toBe(3);
    const second = popUndo(first.stack);
    expect(second.value).toBe(2);
    expect(popUndo(second.stack).value).toBeUndefined();
  });
});
