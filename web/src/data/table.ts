/** A view's data as rows and columns: the table mirror, CSV export and sorting all read this one shape. */
export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableData {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

export type SortDirection = "asc" | "desc";

const collator = new Intl.Collator(["zh-Hans-CN", "en"], { numeric: true });

/** Stable sort by one column; nulls always last; numbers numerically, text by a Chinese-aware collator. */
export function sortRows(rows: readonly Cell[][], column: number, direction: SortDirection): Cell[][] {
  const sign = direction === "asc" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const x = a.row[column] ?? null;
      const y = b.row[column] ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return order * sign || a.i - b.i;
    })
    .map((entry) => entry.row);
}

/** Next sort state when a header is activated: new column ascending (numbers descending), same column flips. */
export function nextSort(
  current: { column: number; direction: SortDirection } | null,
  column: number,
  numeric: boolean,
): { column: number; direction: SortDirection } {
  if (current && current.column === column) {
    return { column, direction: current.direction === "asc" ? "desc" : "asc" };
  }
  return { column, direction: numeric ? "desc" : "asc" };
}

/** Moves a grid cursor by arrow/Home/End/PageUp/PageDown, clamped to the grid. */
export function moveCursor(
  cursor: { row: number; col: number },
  key: string,
  rows: number,
  cols: number,
): { row: number; col: number } | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case "ArrowUp":
      return { row: clamp(cursor.row - 1, rows), col: cursor.col };
    case "ArrowDown":
      return { row: clamp(cursor.row + 1, rows), col: cursor.col };
    case "ArrowLeft":
      return { row: cursor.row, col: clamp(cursor.col - 1, cols) };
    case "ArrowRight":
      return { row: cursor.row, col: clamp(cursor.col + 1, cols) };
    case "Home":
      return { row: cursor.row, col: 0 };
    case "End":
      return { row: cursor.row, col: cols - 1 };
    case "PageUp":
      return { row: clamp(cursor.row - 10, rows), col: cursor.col };
    case "PageDown":
      return { row: clamp(cursor.row + 10, rows), col: cursor.col };
    default:
      return null;
  }
}
