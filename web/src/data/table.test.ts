import { describe, expect, it } from "vitest";
import { moveCursor, nextSort, sortRows } from "./table.ts";

describe("table", () => {
  const rows = [
    ["乙", 2],
    ["甲", null],
    ["b", 10],
    ["a", 2],
  ];

  it("sorts numbers numerically, keeps ties stable and nulls last", () => {
    expect(sortRows(rows, 1, "asc").map((r) => r[0])).toEqual(["乙", "a", "b", "甲"]);
    expect(sortRows(rows, 1, "desc").map((r) => r[0])).toEqual(["b", "乙", "a", "甲"]);
  });

  it("sorts text with a collator", () => {
    const sorted = sortRows([["item 10"], ["item 9"]], 0, "asc");
    expect(sorted.map((r) => r[0])).toEqual(["item 9", "item 10"]);
  });

  it("toggles direction on the same column, starts numbers descending", () => {
    expect(nextSort(null, 1, true)).toEqual({ column: 1, direction: "desc" });
    expect(nextSort({ column: 1, direction: "desc" }, 1, true)).toEqual({ column: 1, direction: "asc" });
    expect(nextSort({ column: 1, direction: "desc" }, 0, false)).toEqual({ column: 0, direction: "asc" });
  });

  it("moves the cursor within the grid", () => {
    expect(moveCursor({ row: 0, col: 0 }, "ArrowUp", 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCursor({ row: 0, col: 0 }, "ArrowDown", 5, 3)).toEqual({ row: 1, col: 0 });
    expect(moveCursor({ row: 1, col: 1 }, "End", 5, 3)).toEqual({ row: 1, col: 2 });
    expect(moveCursor({ row: 1, col: 1 }, "PageDown", 5, 3)).toEqual({ row: 4, col: 1 });
    expect(moveCursor({ row: 1, col: 1 }, "x", 5, 3)).toBeNull();
  });
});
