import { describeLocator, parseLocator } from "../../../graph-schema/locator.ts";
import type { Provenance, SourceRef } from "../api/types.ts";
import { displayName, type MessageKey, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h } from "../ui/dom.ts";

/*
 * What a reader sees of a node's or a relationship's stored properties: only the fields with a label here, in this
 * order, formatted (figures with units, dates as written). Internal fields (ids, regionPath, loadedAt, synthetic,
 * flags, locators of a status) have no label, so they never reach the panel.
 */
const shown = [
  "title",
  "year",
  "summary",
  "series",
  "reportingUnit",
  "level",
  "kind",
  "role",
  "hq",
  "founded",
  "status",
  "investmentYuan",
  "landMu",
  "areaMu",
  "purpose",
  "description",
  "variants",
  "metric",
  "value",
  "date",
  "text",
  "publisher",
  "note",
  "variant",
  "channel",
  "task",
  "since",
  "inferredReason",
] as const;

type ShownKey = (typeof shown)[number];

const numberFormat = (lang: Lang, digits = 2) =>
  new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en", { maximumFractionDigits: digits });

/** Yuan as 亿元 / 万元 in Chinese, bn / m yuan in English. */
export function formatYuan(value: number, lang: Lang): string {
  const n = numberFormat(lang);
  if (lang === "zh") {
    if (value >= 1e8) return `${n.format(value / 1e8)} 亿元`;
    if (value >= 1e4) return `${n.format(value / 1e4)} 万元`;
    return `${n.format(value)} 元`;
  }
  if (value >= 1e9) return `${n.format(value / 1e9)} bn yuan`;
  if (value >= 1e6) return `${n.format(value / 1e6)} m yuan`;
  return `${n.format(value)} yuan`;
}

function formatValue(key: ShownKey, value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.map(String).join(lang === "zh" ? "、" : ", ");
  if (typeof value === "number") {
    if (key === "investmentYuan") return formatYuan(value, lang);
    if (key === "landMu" || key === "areaMu")
      return `${numberFormat(lang).format(value)} ${lang === "zh" ? "亩" : "mu"}`;
    if (key === "year") return String(value);
    return numberFormat(lang, 4).format(value);
  }
  return String(value);
}

/** [label, text] for every shown property that has a value, in the table's order. */
export function readableProperties(props: Record<string, unknown>, t: Translate, lang: Lang): [string, string][] {
  const rows: [string, string][] = [];
  for (const key of shown) {
    // English text where the graph has it (titleEn, summaryEn, textEn); the Chinese as written otherwise.
    const english = lang === "en" ? props[`${key}En`] : undefined;
    const value = typeof english === "string" && english ? english : props[key];
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    // A figure's value reads with its unit as reported.
    const text =
      key === "value" && typeof props.unit === "string"
        ? `${formatValue(key, value, lang)} ${props.unit}`
        : formatValue(key, value, lang);
    rows.push([t(`prop.${key}` as MessageKey), text]);
  }
  return rows;
}

/** A locator in the reader's words (describeLocator); a user's own document's section stays as written. */
export function readableLocator(section: string | null, lang: Lang): string | null {
  if (!section) return null;
  const parsed = parseLocator(section);
  return parsed.ok ? describeLocator(parsed.locator, lang) : section;
}

export function reliabilityBadge(source: SourceRef, t: Translate): HTMLElement {
  return h(
    "span",
    { class: `badge reliability-${source.reliability}`, testid: "reliability-badge" },
    t(`reliability.${source.reliability}` as MessageKey),
  );
}

/** The source as cited: its headline (or our short label), publisher, a link and the reliability badge. */
export function sourceLine(source: SourceRef, t: Translate): HTMLElement {
  const title = source.title ?? source.name;
  return h(
    "div",
    { class: "source-line", testid: "details-source" },
    `${t("provenanceSource")}: `,
    source.url
      ? h("a", { href: source.url, target: "_blank", rel: "noopener noreferrer", testid: "source-link" }, title)
      : h("span", {}, title),
    source.publisher && source.publisher !== title ? h("span", { class: "muted" }, ` · ${source.publisher}`) : null,
    " ",
    reliabilityBadge(source, t),
  );
}

export interface ProvenanceActions {
  select(id: string): void;
}

/** Case (a link to it), readable locator, source and the evidence line of one relationship. */
export function provenanceBlock(p: Provenance, t: Translate, lang: Lang, actions: ProvenanceActions): HTMLElement {
  const locator = readableLocator(p.section, lang);
  const caseName = p.caseName ? displayName({ name: p.caseName, nameEn: p.caseNameEn }, lang) : null;
  return h(
    "div",
    { class: "provenance", testid: "details-provenance" },
    caseName && p.caseId
      ? h(
          "div",
          {},
          `${t("case")}: `,
          h(
            "button",
            {
              type: "button",
              class: "link",
              testid: "provenance-case",
              onclick: () => p.caseId && actions.select(p.caseId),
            },
            caseName,
          ),
          locator ? h("span", { class: "muted", testid: "provenance-locator" }, ` · ${locator}`) : null,
        )
      : null,
    p.source ? sourceLine(p.source, t) : null,
    p.evidence ? h("blockquote", {}, p.evidence) : null,
  );
}
