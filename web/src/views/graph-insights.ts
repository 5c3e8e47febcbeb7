import { type GraphAnalysis, topCentral } from "../graph/communities.ts";
import { nodeLabel } from "../graph/gloss.ts";
import type { GraphModel } from "../graph/model.ts";
import { type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h } from "../ui/dom.ts";

/** How many communities and central nodes the panel lists, and members named per community. */
const COMMUNITIES = 8;
const CENTRAL = 8;
const MEMBERS = 4;

/**
 * The panel of communities (Louvain, largest first, each with its most central members) and the most central
 * nodes by betweenness; every name selects its node. Closed by default so the first view stays the picture.
 */
export function renderInsights(
  el: HTMLElement,
  m: { t: Translate; lang: Lang; analysis: GraphAnalysis | null; model: GraphModel; open: boolean },
  select: (id: string) => void,
  toggle: (open: boolean) => void,
): void {
  const { t, analysis, model } = m;
  if (!analysis || model.nodes.length === 0) {
    el.replaceChildren();
    return;
  }
  const nameOf = (id: string) => {
    const node = model.nodes[model.index.get(id) ?? -1];
    return node ? nodeLabel(node, m.lang).text : id;
  };
  const pick = (id: string) =>
    h("button", { type: "button", class: "link-button", "data-id": id, onclick: () => select(id) }, nameOf(id));
  const communities = analysis.communities
    .slice(0, COMMUNITIES)
    .map((c) =>
      h(
        "li",
        { testid: "community" },
        h("span", { class: "swatch", style: `background:${c.color}` }),
        `${t("graph.community")} ${c.id + 1} (${c.members.length}): `,
        ...c.members.slice(0, MEMBERS).flatMap((id, i) => (i ? [", ", pick(id)] : [pick(id)])),
      ),
    );
  const central = topCentral(analysis, CENTRAL).map((id) => {
    const node = model.nodes[model.index.get(id) ?? -1];
    const b = analysis.betweenness.get(id) ?? 0;
    return h(
      "li",
      { testid: "central-node" },
      pick(id),
      ` · ${node ? typeLabel(t, node.type) : ""} · ${t("degree")} ${analysis.degree.get(id) ?? 0} · ${b.toFixed(3)}`,
    );
  });
  const details = h(
    "details",
    { class: "graph-insights", testid: "graph-insights", open: m.open },
    h("summary", {}, t("graph.communities")),
    h(
      "div",
      { class: "insights-columns" },
      h("section", {}, h("h4", {}, t("graph.community")), h("ol", {}, communities)),
      h("section", {}, h("h4", {}, t("graph.central")), h("ol", {}, central)),
    ),
  );
  details.addEventListener("toggle", () => toggle(details.open));
  el.replaceChildren(details);
}
