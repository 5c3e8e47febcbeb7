import { formatLocator } from "../../graph-schema/locator.ts";

/**
 * The structure of the fact-sheet documents (related-cases.md, related-cases-2.md). A sheet starts at `## <n>. …`
 * or `**<n>. …**` and ends at the next sheet, a `---` rule or another `## ` heading. Its top-level bullets (`- `)
 * carry a label: bold (`- **Measures:**`) in the full sheets, plain (`- Source:`) in the short ones, none at all for
 * some (addressed as `#<n>`). Sub-bullets (`  - `) and wrapped lines (indented, no dash) belong to the bullet above.
 */
export interface Bullet {
  /** The label as printed without its colon, or undefined for a bullet without one. */
  label?: string;
  /** 1-based position among the sheet's top-level bullets. */
  position: number;
  /** The bullet's own line(s), without its sub-bullets. */
  line: string;
  subs: string[];
}

export interface Sheet {
  number: number;
  title: string;
  bullets: Bullet[];
}

/** Sheets whose bullets are a list of places, each addressed by its first word (`sheet 30 › 叶集区`). */
export const placeListSheets: ReadonlySet<number> = new Set([30]);

const sheetHead = /^(?:## |\*\*)(\d+)\. /;
const endOfSheet = /^(---\s*$|## )/;
const boldLabel = /^\*\*([^*]+?):\*\*\s*/;
const plainLabel = /^([A-Za-z0-9][A-Za-z0-9 /-]{0,30}?):\s/;
const placeName = /^([^\s(（,，.。:：]+)/;

export function parseSheets(text: string): Sheet[] {
  const sheets: Sheet[] = [];
  let sheet: Sheet | undefined;
  let bullet: Bullet | undefined;
  let appendTo: ((line: string) => void) | undefined;

  for (const line of text.split(/\r?\n/)) {
    const head = sheetHead.exec(line);
    if (head) {
      sheet = { number: Number(head[1]), title: line, bullets: [] };
      sheets.push(sheet);
      bullet = undefined;
      appendTo = undefined;
      continue;
    }
    if (!sheet) continue;
    if (endOfSheet.test(line)) {
      sheet = undefined;
    } else if (line.startsWith("- ")) {
      bullet = newBullet(sheet, line.slice(2));
      sheet.bullets.push(bullet);
      const own = bullet;
      appendTo = (more) => {
        own.line = `${own.line}\n${more}`;
      };
    } else if (/^ {2,}- /.test(line) && bullet) {
      const subs = bullet.subs;
      subs.push(line.trim().slice(2));
      appendTo = (more) => {
        subs[subs.length - 1] = `${subs.at(-1)}\n${more}`;
      };
    } else if (/^ {2,}\S/.test(line) && appendTo) {
      appendTo(line.trim());
    }
  }
  return sheets;
}

function newBullet(sheet: Sheet, text: string): Bullet {
  const position = sheet.bullets.length + 1;
  const label = placeListSheets.has(sheet.number)
    ? placeName.exec(text)?.[1]
    : (boldLabel.exec(text)?.[1] ?? plainLabel.exec(text)?.[1]);
  return label === undefined ? { position, line: text, subs: [] } : { label, position, line: text, subs: [] };
}

/**
 * Every passage of the sheets under its locator: the title, each bullet (its line and all sub-bullets) and each
 * sub-bullet alone. A label printed twice on one sheet maps to several passages, which the resolver reports.
 */
export function sheetPassages(sheets: readonly Sheet[]): Map<string, string[]> {
  const passages = new Map<string, string[]>();
  const add = (key: string, text: string) => passages.set(key, [...(passages.get(key) ?? []), text]);
  for (const sheet of sheets) {
    add(formatLocator({ document: "sheet", sheet: sheet.number, label: "title" }), sheet.title);
    for (const bullet of sheet.bullets) {
      const label = bullet.label ?? `#${bullet.position}`;
      add(formatLocator({ document: "sheet", sheet: sheet.number, label }), [bullet.line, ...bullet.subs].join("\n"));
      bullet.subs.forEach((sub, i) => {
        add(formatLocator({ document: "sheet", sheet: sheet.number, label, item: i + 1 }), sub);
      });
    }
  }
  return passages;
}
