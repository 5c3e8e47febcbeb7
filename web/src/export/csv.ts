import type { Cell, TableData } from "../data/table.ts";

/** RFC 4180 field: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV of a table with CRLF line ends. A UTF-8 byte-order mark leads the text so spreadsheet programs read the
 * Chinese correctly.
 */
export function toCsv(data: TableData, bom = true): string {
  const lines = [data.columns.map((c) => csvField(c.label)), ...data.rows.map((row) => row.map(csvField))];
  const body = lines.map((fields) => fields.join(",")).join("\r\n");
  return `${bom ? "\uFEFF" : ""}${body}\r\n`;
}
