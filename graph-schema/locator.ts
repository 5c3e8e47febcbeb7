/**
 * Locators of the bundled source documents: where in `shared/sources/` a fact sits. Pure string work; resolving a
 * locator against the documents is the fidelity checker's job (`seed/fidelity/`).
 *
 *   dinghai › 摘要                  a heading of the Dinghai text (标题, 摘要, 关键词, 背景情况, 经验启示)
 *   dinghai › 主要做法 › 一          a numbered section's heading line
 *   dinghai › 主要做法 › 一 › 3      item 3 of that section, with its continuation lines
 *   dinghai › 经验启示 › 二          a numbered lesson
 *   sheet 14 › Measures             a sheet's bullet, by its label as printed (without the colon)
 *   sheet 14 › Measures › 3         the 3rd sub-bullet of that bullet
 *   sheet 14 › title                the sheet's heading line
 *   sheet 24 › #2                   the 2nd top-level bullet, for bullets without a label
 *   sheet 30 › 叶集区                an item of the place list on sheet 30
 */
export const locatorSeparator = " › ";

export type Locator =
  | { document: "dinghai"; path: readonly string[] }
  | { document: "sheet"; sheet: number; label: string; item?: number };

export type LocatorParse = { ok: true; locator: Locator } | { ok: false; reason: string };

const chineseNumeral = /^[一二三四五六七八九十]+$/;
const positive = /^[1-9]\d*$/;
const sheetHead = /^sheet (0|[1-9]\d*)$/;
const unlabeledBullet = /^#([1-9]\d*)$/;

/** Splits a locator into its document and path, or says why it is not one. */
export function parseLocator(text: string): LocatorParse {
  const segments = text.split(locatorSeparator);
  if (segments.some((s) => s.trim() === "" || s !== s.trim() || s.includes("›"))) {
    return fail(`segments must be non-empty and joined by "${locatorSeparator}"`);
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === "dinghai") return parseDinghai(rest);
  const sheet = sheetHead.exec(head);
  if (sheet) return parseSheet(Number(sheet[1]), rest);
  return fail(`unknown document "${head}": expected "dinghai" or "sheet <n>"`);
}

function parseDinghai(path: string[]): LocatorParse {
  if (path.length === 0 || path.length > 3) return fail("dinghai locator needs 1 to 3 heading segments");
  const [, section, item] = path;
  if (section !== undefined && !chineseNumeral.test(section)) {
    return fail(`"${section}" is not a section numeral (一, 二, 三 …)`);
  }
  if (item !== undefined && !positive.test(item)) return fail(`"${item}" is not an item number`);
  return { ok: true, locator: { document: "dinghai", path } };
}

function parseSheet(sheet: number, path: string[]): LocatorParse {
  const [label, item, extra] = path;
  if (label === undefined) return fail(`sheet ${sheet} needs a bullet label, "title" or "#<n>"`);
  if (extra !== undefined) return fail("a sheet locator has at most a label and a sub-bullet number");
  if (item === undefined) return { ok: true, locator: { document: "sheet", sheet, label } };
  if (label === "title") return fail("a sheet's title has no sub-bullets");
  if (!positive.test(item)) return fail(`"${item}" is not a sub-bullet number`);
  return { ok: true, locator: { document: "sheet", sheet, label, item: Number(item) } };
}

function fail(reason: string): LocatorParse {
  return { ok: false, reason };
}

export function formatLocator(locator: Locator): string {
  if (locator.document === "dinghai") return ["dinghai", ...locator.path].join(locatorSeparator);
  const parts = [`sheet ${locator.sheet}`, locator.label];
  if (locator.item !== undefined) parts.push(String(locator.item));
  return parts.join(locatorSeparator);
}

/** The number of a `#<n>` label (a bullet without a label), or undefined for a named label. */
export function unlabeledBulletNumber(label: string): number | undefined {
  const match = unlabeledBullet.exec(label);
  return match ? Number(match[1]) : undefined;
}

/** Chinese and English words for the sheets' bullet labels, so a reader never sees the compiler's raw labels. */
const labelWords: Record<string, [zh: string, en: string]> = {
  title: ["标题", "Heading"],
  Source: ["来源", "Source"],
  Sources: ["来源", "Sources"],
  "Region/unit/year": ["地区·单位·年份", "Region, unit, year"],
  "Project/company": ["项目·企业", "Project and company"],
  "Projects/companies": ["项目·企业", "Projects and companies"],
  Project: ["项目", "Project"],
  Projects: ["项目", "Projects"],
  Company: ["企业", "Company"],
  Park: ["园区", "Park"],
  Timeline: ["时间线", "Timeline"],
  Measures: ["措施", "Measures"],
  Measure: ["措施", "Measure"],
  "Park measures": ["园区措施", "Park measures"],
  "Park figures": ["园区数据", "Park figures"],
  Service: ["服务", "Service"],
  "Departments/task force": ["部门·专班", "Departments and task force"],
  Departments: ["部门", "Departments"],
  "Task force": ["专班", "Task force"],
  Outcomes: ["成效", "Outcomes"],
  Result: ["成效", "Result"],
  "Cross-link": ["关联", "Cross-link"],
  Caution: ["提示", "Caution"],
  Flag: ["存疑", "Flag"],
  "What they add to the seed": ["补充事实", "What they add"],
  "2021 update": ["2021年更新", "2021 update"],
};

/**
 * A locator in the reader's words: `sheet 14 › Measures › 3` is "摘录第14号 · 措施 · 第3条" or
 * "Excerpt 14 · Measures · item 3"; a Dinghai locator keeps the text's own headings. A label with a qualifier in
 * brackets (`Timeline (中联新材)`) keeps the qualifier.
 */
export function describeLocator(locator: Locator, lang: "zh" | "en"): string {
  if (locator.document === "dinghai") {
    const [heading, section, item] = locator.path;
    const parts = [lang === "zh" ? "原文" : "Full text", heading ?? ""];
    if (section) parts.push(section);
    if (item) parts.push(lang === "zh" ? `第${item}条` : `item ${item}`);
    return parts.join(" · ");
  }
  const parts = [
    lang === "zh" ? `摘录第${locator.sheet}号` : `Excerpt ${locator.sheet}`,
    labelWord(locator.label, lang),
  ];
  if (locator.item !== undefined) parts.push(lang === "zh" ? `第${locator.item}条` : `item ${locator.item}`);
  return parts.join(" · ");
}

function labelWord(label: string, lang: "zh" | "en"): string {
  const bullet = unlabeledBulletNumber(label);
  if (bullet !== undefined) return lang === "zh" ? `第${bullet}段` : `paragraph ${bullet}`;
  const qualified = /^(.+?) (\(.+\))$/.exec(label);
  const base = qualified?.[1] ?? label;
  const words = labelWords[base];
  if (!words) return label;
  const word = lang === "zh" ? words[0] : words[1];
  return qualified ? `${word} ${qualified[2]}` : word;
}
