import { csvFormatRow, csvFormatValue } from "d3-dsv";
import type { Cell, TableData } from "../data/table.ts";

/** RFC 4180 field (d3-dsv): quoted when it holds a comma, quote or line break; quotes doubled; null is empty. */
export function csvField(value: Cell): string {
  return csvFormatValue(value === null ? "" : String(value));
}

/**
 * CSV of a table with CRLF line ends, as RFC 4180 and spreadsheet programs expect (d3-dsv writes each row; it
 * would join rows with LF). A UTF-8 byte-order mark leads the text so spreadsheet programs read the Chinese
 * correctly.
 */
export function toCsv(data: TableData, bom = true): string {
  const rows = [
    data.columns.map((c) => c.label),
    ...data.rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
  ];
  return `${bom ? "\uFEFF" : ""}${rows.map((fields) => csvFormatRow(fields)).join("\r\n")}\r\n`;
}
