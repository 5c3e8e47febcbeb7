import { type Cell, moveCursor, nextSort, type SortDirection, sortRows, type TableData } from "../data/table.ts";
import type { Translate } from "../i18n.ts";
import { h } from "./dom.ts";

const PAGE = 500;

/**
 * The accessible table mirror: a grid with sortable headers (aria-sort) and a roving cursor moved by the arrow
 * keys, Home/End and PageUp/PageDown. Large tables grow a page at a time instead of rendering every row.
 */
export function renderTable(data: TableData, t: Translate, onActivate?: (row: Cell[]) => void): HTMLElement {
  let sort: { column: number; direction: SortDirection } | null = null;
  let shown = PAGE;
  let cursor = { row: 0, col: 0 };
  const wrapper = h("div", { class: "table-mirror", testid: "table-mirror" });

  const render = () => {
    const rows = sort ? sortRows(data.rows, sort.column, sort.direction) : data.rows;
    const visible = rows.slice(0, shown);
    const head = h(
      "tr",
      {},
      data.columns.map((column, c) => {
        const ariaSort = sort?.column === c ? (sort.direction === "asc" ? "ascending" : "descending") : "none";
        const button = h("button", { type: "button", class: "sort", testid: `sort-${column.key}` }, column.label);
        button.addEventListener("click", () => {
          sort = nextSort(sort, c, column.numeric === true);
          render();
        });
        return h("th", { scope: "col", "aria-sort": ariaSort }, button);
      }),
    );
    const body = visible.map((row, r) =>
      h(
        "tr",
        { "aria-rowindex": r + 2 },
        data.columns.map((column, c) =>
          h(
            "td",
            {
              class: column.numeric ? "num" : null,
              tabindex: r === cursor.row && c === cursor.col ? 0 : -1,
              "data-row": r,
              "data-col": c,
            },
            row[c] ?? "",
          ),
        ),
      ),
    );
    const table = h(
      "table",
      { role: "grid", "aria-label": data.name, "aria-rowcount": rows.length + 1 },
      h("thead", {}, head),
      h("tbody", {}, body),
    );
    table.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && onActivate) {
        const row = visible[cursor.row];
        if (row) onActivate(row);
        return;
      }
      const next = moveCursor(cursor, event.key, visible.length, data.columns.length);
      if (!next) return;
      event.preventDefault();
      cursor = next;
      for (const cell of table.querySelectorAll<HTMLElement>("td[tabindex='0']")) cell.tabIndex = -1;
      const cell = table.querySelector<HTMLElement>(`td[data-row="${next.row}"][data-col="${next.col}"]`);
      if (cell) {
        cell.tabIndex = 0;
        cell.focus();
      }
    });
    table.addEventListener("click", (event) => {
      const cell = (event.target as HTMLElement).closest<HTMLElement>("td");
      if (!cell) return;
      cursor = { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
    });
    const more =
      rows.length > shown
        ? h(
            "button",
            {
              type: "button",
              class: "more",
              onclick: () => {
                shown += PAGE;
                render();
              },
            },
            `${t("morePage")} (${shown} / ${rows.length})`,
          )
        : null;
    wrapper.replaceChildren(table, more ?? "");
  };
  render();
  return wrapper;
}
