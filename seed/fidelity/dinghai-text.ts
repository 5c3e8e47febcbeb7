import { formatLocator } from "../../graph-schema/locator.ts";

/**
 * The heading structure of the Dinghai case text, as passages keyed by locator (`dinghai › 主要做法 › 一 › 3`).
 * The text is a PDF extraction: a page break can split a sentence over two lines, and a photo caption or a page
 * footer can sit between them. A line continues the previous one when that one did not end a sentence; captions
 * (记者 … 摄) are skipped; lines that belong nowhere are kept in `unassigned`, so a test can see they are noise only.
 */
export interface DinghaiText {
  passages: Map<string, string>;
  unassigned: string[];
}

const topHeadings = ["摘要", "关键词", "背景情况", "主要做法", "经验启示"] as const;
const sectionHead = /^([一二三四五六七八九十]+)、/;
const itemHead = /^(\d+)\.\s*/;
const caption = /^记者.*摄$/;
const sentenceEnd = /[。！？；：”」]$/;

export function parseDinghaiText(text: string): DinghaiText {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !caption.test(l));
  const unitLine = lines.findIndex((l) => l.startsWith("单位"));
  const passages = new Map<string, string[]>([["dinghai › 标题", lines.slice(0, unitLine + 1)]]);
  const unassigned: string[] = [];
  let top: string | undefined;
  let section: string | undefined;
  let current: string[] | undefined;

  const open = (path: string[], line: string) => {
    current = [line];
    passages.set(formatLocator({ document: "dinghai", path }), current);
  };

  for (const line of lines.slice(unitLine + 1)) {
    const heading = line.replace(/[:：]$/, "");
    const last = current?.at(-1);
    if ((topHeadings as readonly string[]).includes(heading)) {
      top = heading;
      section = undefined;
      current = undefined;
    } else if (current && last !== undefined && !sentenceEnd.test(last)) {
      current.push(line);
    } else if ((top === "主要做法" || top === "经验启示") && sectionHead.test(line)) {
      section = sectionHead.exec(line)?.[1] ?? "";
      open([top, section], line);
    } else if (top === "主要做法" && section !== undefined && itemHead.test(line)) {
      open([top, section, itemHead.exec(line)?.[1] ?? ""], line);
    } else if (top !== undefined && top !== "主要做法" && section === undefined) {
      if (current) current.push(line);
      else open([top], line);
    } else {
      unassigned.push(line);
    }
  }
  return { passages: new Map([...passages].map(([k, v]) => [k, v.join("\n")])), unassigned };
}
