import type { Cooccurrence, CooccurrencePair } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang, MatrixOrder } from "../state/state.ts";
import { clusterOrder } from "./seriation.ts";
import type { TableData } from "./table.ts";

export const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Pairs by unordered key, so a cell (row, column) finds its pair either way round. */
export function pairIndex(pairs: readonly CooccurrencePair[]): Map<string, CooccurrencePair> {
  return new Map(pairs.map((p) => [pairKey(p.a, p.b), p]));
}

/**
 * Row/column order of the matrix: by clusters (seriation over Jaccard), by case count, or by name. Only measures
 * in at least one pair get a row: the API lists every measure whatever the minimum count, and a raised minimum
 * should shrink the matrix rather than leave it mostly blank.
 */
export function orderMeasures(data: Cooccurrence, order: MatrixOrder, lang: Lang): string[] {
  const paired = new Set(data.pairs.flatMap((p) => [p.a, p.b]));
  const measures = data.measures
    .filter((m) => paired.has(m.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (order === "count") {
    return measures.sort((a, b) => b.caseCount - a.caseCount || (a.id < b.id ? -1 : 1)).map((m) => m.id);
  }
  if (order === "name") {
    return measures
      .sort((a, b) => displayName(a, lang).localeCompare(displayName(b, lang), "zh-Hans-CN") || (a.id < b.id ? -1 : 1))
      .map((m) => m.id);
  }
  const index = pairIndex(data.pairs);
  const similarity = measures.map((a, i) =>
    measures.map((b, j) => (i === j ? 1 : (index.get(pairKey(a.id, b.id))?.jaccard ?? 0))),
  );
  return clusterOrder(similarity).map((i) => measures[i]?.id ?? "");
}

export function cooccurrenceTable(data: Cooccurrence, t: Translate, lang: Lang): TableData {
  const names = new Map(data.measures.map((m) => [m.id, displayName(m, lang)]));
  return {
    name: t("view.cooccurrence"),
    columns: [
      { key: "a", label: `${t("measure")} A` },
      { key: "b", label: `${t("measure")} B` },
      { key: "count", label: t("count"), numeric: true },
      { key: "jaccard", label: t("jaccard"), numeric: true },
      { key: "lift", label: t("lift"), numeric: true },
      { key: "cases", label: t("cases") },
    ],
    rows: [...data.pairs]
      .sort((x, y) => y.count - x.count || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b)))
      .map((p) => [
        names.get(p.a) ?? p.a,
        names.get(p.b) ?? p.b,
        p.count,
        Math.round(p.jaccard * 1000) / 1000,
        Math.round(p.lift * 100) / 100,
        p.cases.map((c) => displayName(c, lang)).join("；"),
      ]),
  };
}
