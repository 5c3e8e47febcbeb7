import { csvParseRows } from "d3-dsv";

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows with d3-dsv; a leading byte-order mark is dropped. */
export function parseCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ""));
}
