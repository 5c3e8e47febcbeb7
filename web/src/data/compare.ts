import type { Comparison, DepartmentKindRef, MeasureRef } from "../api/types.ts";
import { displayName, type Translate } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import type { TableData } from "./table.ts";

export type Side = "shared" | "onlyA" | "onlyB";
export const sides: readonly Side[] = ["onlyA", "shared", "onlyB"];

/** Every compared item with the column it belongs to, measures first. */
export function comparisonItems(
  c: Comparison,
  lang: Lang,
): { kind: "measure" | "department"; side: Side; name: string; detail: string }[] {
  const measure = (side: Side) => (m: MeasureRef) => ({
    kind: "measure" as const,
    side,
    name: displayName(m, lang),
    detail: m.categoryName,
  });
  const dept = (side: Side) => (d: DepartmentKindRef) => ({
    kind: "department" as const,
    side,
    name: displayName(d, lang),
    detail: d.kind,
  });
  return [
    ...sides.flatMap((side) => c.measures[side].map(measure(side))),
    ...sides.flatMap((side) => c.departments[side].map(dept(side))),
  ];
}

export function compareTable(c: Comparison, t: Translate, lang: Lang): TableData {
  const sideLabel: Record<Side, string> = {
    shared: t("shared"),
    onlyA: `${t("onlyA")}: ${displayName(c.a, lang)}`,
    onlyB: `${t("onlyB")}: ${displayName(c.b, lang)}`,
  };
  return {
    name: `${t("view.compare")}: ${displayName(c.a, lang)} / ${displayName(c.b, lang)} (${t("similarity")} ${c.similarity.toFixed(2)})`,
    columns: [
      { key: "kind", label: t("type") },
      { key: "name", label: t("name") },
      { key: "detail", label: t("category") },
      { key: "side", label: t("view.compare") },
    ],
    rows: comparisonItems(c, lang).map((item) => [
      item.kind === "measure" ? t("measure") : t("department"),
      item.name,
      item.detail,
      sideLabel[item.side],
    ]),
  };
}
