import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatLocator, parseLocator, unlabeledBulletNumber } from "../../graph-schema/locator.ts";
import { parseDinghaiText } from "./dinghai-text.ts";
import { parseSheets, type Sheet, sheetPassages } from "./sheets.ts";

/** The documents the bundled case files are encoded from; `shared/` sits beside the worktree, never inside it. */
export const sourceFiles = {
  dinghai: "dinghai-2022-typical-case-03.txt",
  sheets: ["related-cases.md", "related-cases-2.md"],
} as const;

export const defaultSourcesDir =
  process.env.POLICY_GRAPH_SOURCES ?? fileURLToPath(new URL("../../../shared/sources/", import.meta.url));

export type Resolution = { ok: true; passage: string } | { ok: false; reason: string };

export interface SourceIndex {
  /** The full text of each document, for the copy check. */
  documents: { name: string; text: string }[];
  sheets: Map<number, Sheet>;
  passages: Map<string, string[]>;
  resolve(locator: string): Resolution;
}

/** Reads and indexes the sources, or returns undefined when the folder is absent (the checks then skip). */
export function loadSources(dir = defaultSourcesDir): SourceIndex | undefined {
  if (!existsSync(path.join(dir, sourceFiles.dinghai))) return undefined;
  const read = (name: string) => ({ name, text: readFileSync(path.join(dir, name), "utf8") });
  const dinghai = read(sourceFiles.dinghai);
  const sheetDocs = sourceFiles.sheets.map(read);
  return indexSources(dinghai, sheetDocs);
}

export function indexSources(
  dinghai: { name: string; text: string },
  sheetDocs: readonly { name: string; text: string }[],
): SourceIndex {
  const sheets = new Map<number, Sheet>();
  for (const doc of sheetDocs) {
    for (const sheet of parseSheets(doc.text)) {
      if (sheets.has(sheet.number)) throw new Error(`sources: sheet ${sheet.number} appears twice`);
      sheets.set(sheet.number, sheet);
    }
  }
  const passages = sheetPassages([...sheets.values()]);
  for (const [key, text] of parseDinghaiText(dinghai.text).passages) passages.set(key, [text]);
  return {
    documents: [dinghai, ...sheetDocs],
    sheets,
    passages,
    resolve: (locator) => resolve(locator, passages, sheets),
  };
}

function resolve(locator: string, passages: Map<string, string[]>, sheets: Map<number, Sheet>): Resolution {
  const parsed = parseLocator(locator);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  // Resolve the canonical spelling, so `sheet 7 › Source` and a stray double space never both pass.
  const found = passages.get(formatLocator(parsed.locator));
  if (found?.length === 1 && found[0] !== undefined) return { ok: true, passage: found[0] };
  if (found && found.length > 1) return { ok: false, reason: `${found.length} passages carry this locator` };
  const l = parsed.locator;
  if (l.document === "dinghai") return { ok: false, reason: "no such heading in the Dinghai text" };
  const sheet = sheets.get(l.sheet);
  if (!sheet) return { ok: false, reason: `no sheet ${l.sheet}` };
  const bullet = sheet.bullets.find((b) => (b.label ?? `#${b.position}`) === l.label);
  if (bullet && l.item !== undefined) {
    return { ok: false, reason: `"${l.label}" has ${bullet.subs.length} sub-bullets, not ${l.item}` };
  }
  const numbered = unlabeledBulletNumber(l.label);
  if (numbered !== undefined && sheet.bullets[numbered - 1]?.label) {
    return { ok: false, reason: `bullet ${numbered} has a label: cite it as "${sheet.bullets[numbered - 1]?.label}"` };
  }
  const labels = sheet.bullets.map((b) => b.label ?? `#${b.position}`);
  return { ok: false, reason: `sheet ${l.sheet} has no "${l.label}"; it has: ${["title", ...labels].join(", ")}` };
}
