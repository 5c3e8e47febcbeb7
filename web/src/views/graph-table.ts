import type { TableData } from "../data/table.ts";
import { nodeLabel } from "../graph/gloss.ts";
import type { GraphModel } from "../graph/model.ts";
import { type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";

/** The graph's table mirror: one row per node (links are in the CSV/GraphML export and the details panel). */
export function graphTable(model: GraphModel, t: Translate, lang: Lang): TableData {
  return {
    name: t("view.graph"),
    columns: [
      { key: "name", label: t("name") },
      { key: "type", label: t("type") },
      { key: "degree", label: t("degree"), numeric: true },
      { key: "id", label: "id" },
    ],
    rows: model.nodes.map((n) => {
      const label = nodeLabel(n, lang);
      return [
        label.generated ? `${label.text} (${t("graph.generated")})` : label.text,
        typeLabel(t, n.type),
        n.degree,
        n.id,
      ];
    }),
  };
}

/** Links as rows with their provenance, for the CSV export of the graph. */
export function linkTable(model: GraphModel, t: Translate): TableData {
  return {
    name: `${t("view.graph")} · ${t("links")}`,
    columns: [
      { key: "source", label: t("source") },
      { key: "target", label: t("target") },
      { key: "type", label: t("relation") },
      { key: "caseId", label: t("case") },
      { key: "caseTitle", label: t("caseTitle") },
      { key: "section", label: t("section") },
      { key: "evidence", label: t("evidence") },
    ],
    rows: model.links.map((l) => [l.source, l.target, l.type, l.caseId, l.caseTitle ?? null, l.section, l.evidence]),
  };
}
