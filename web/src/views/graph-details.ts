import { relationLabel } from "../../../graph-schema/relationship-labels.ts";
import type { Api } from "../api/client.ts";
import type { GraphNode, NodeDetails, Relationship, RelationshipType } from "../api/types.ts";
import { colorOf } from "../graph/colors.ts";
import { displayName, type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h, statusBox } from "../ui/dom.ts";
import { provenanceBlock, readableProperties } from "./details-format.ts";
import { errorBox } from "./view.ts";

export interface DetailsActions {
  expand(id: string): void;
  more(id: string): void;
  collapse(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  select(id: string | null): void;
}

export interface DetailsContext {
  t: Translate;
  lang: Lang;
  node: GraphNode | undefined;
  expanded: boolean;
  hasMore: boolean;
  /** Bench graphs have no API behind them: show what the model knows. */
  offline: boolean;
}

/** One relationship seen from the shown node: the other end, its own properties and its provenance. */
function relationshipItem(rel: Relationship, ctx: DetailsContext, actions: DetailsActions): HTMLElement {
  const props = readableProperties(rel.properties, ctx.t, ctx.lang);
  return h(
    "li",
    { class: "relationship", testid: "details-relationship" },
    h(
      "div",
      {},
      h(
        "button",
        { type: "button", class: "link", onclick: () => actions.select(rel.other.id) },
        displayName(rel.other, ctx.lang),
      ),
      h("span", { class: "muted" }, ` · ${typeLabel(ctx.t, rel.other.type)}`),
    ),
    props.length ? h("div", { class: "muted" }, props.map(([k, v]) => `${k}: ${v}`).join("；")) : null,
    provenanceBlock(rel.provenance, ctx.t, ctx.lang, actions),
  );
}

/** Relationships grouped by how a reader names them from this node (成员, 牵头单位, 采用措施 …). */
function relationshipGroups(details: NodeDetails, ctx: DetailsContext, actions: DetailsActions): HTMLElement[] {
  const groups = new Map<string, Relationship[]>();
  for (const [type, rels] of Object.entries(details.relationships) as [RelationshipType, Relationship[]][]) {
    for (const rel of rels) {
      const label = relationLabel(type, rel.direction, ctx.lang);
      groups.set(label, [...(groups.get(label) ?? []), rel]);
    }
  }
  return [...groups].map(([label, rels]) =>
    h(
      "section",
      { class: "rel-group", testid: "details-rel-group" },
      h("h5", {}, `${label} (${rels.length})`),
      h(
        "ul",
        {},
        rels.map((rel) => relationshipItem(rel, ctx, actions)),
      ),
    ),
  );
}

function actionsBar(id: string, ctx: DetailsContext, actions: DetailsActions): HTMLElement {
  const { t } = ctx;
  const button = (label: string, testid: string, onclick: () => void, disabled = false) =>
    h("button", { type: "button", testid, onclick, disabled }, label);
  return h(
    "div",
    { class: "details-actions" },
    ctx.expanded
      ? button(t("collapse"), "details-collapse", () => actions.collapse(id))
      : button(t("expand"), "details-expand", () => actions.expand(id), ctx.offline),
    ctx.expanded && ctx.hasMore ? button(t("morePage"), "details-more", () => actions.more(id)) : null,
    button(t("pathFrom"), "path-from", () => actions.pathFrom(id), ctx.offline),
    button(t("pathTo"), "path-to", () => actions.pathTo(id), ctx.offline),
  );
}

function content(details: NodeDetails, ctx: DetailsContext): HTMLElement[] {
  const { t } = ctx;
  const props = readableProperties(details.node.properties, t, ctx.lang);
  return [
    details.node.aliases.length ? h("p", {}, `${t("aliases")}: ${details.node.aliases.join("、")}`) : h("span"),
    props.length ? h("h4", {}, t("properties")) : h("span"),
    h(
      "dl",
      { class: "properties" },
      props.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]),
    ),
  ];
}

/** The details panel: readable properties, then every relationship by its name with case, locator, source and evidence. */
export function createDetails(panel: HTMLElement, api: Api) {
  const cache = new Map<string, Promise<NodeDetails>>();
  let shown: string | null = null;

  const fetchDetails = (id: string) => {
    let request = cache.get(id);
    if (!request) {
      request = api.node(id);
      request.catch(() => cache.delete(id));
      cache.set(id, request);
    }
    return request;
  };

  const show = async (id: string | null, ctx: DetailsContext, actions: DetailsActions) => {
    shown = id;
    panel.hidden = id === null;
    if (!id) return;
    const { t } = ctx;
    const title = ctx.node ? displayName(ctx.node, ctx.lang) : id;
    const type = ctx.node?.type ?? "";
    const header = h(
      "header",
      {},
      h("span", { class: "swatch", style: `background:${colorOf(type)}` }),
      h("h3", { testid: "details-title" }, title),
      h(
        "button",
        {
          type: "button",
          class: "close",
          "aria-label": t("close"),
          testid: "details-close",
          onclick: () => actions.select(null),
        },
        "✕",
      ),
    );
    const meta = h(
      "p",
      { class: "muted" },
      `${typeLabel(t, type)}${ctx.node ? ` · ${t("degree")} ${ctx.node.degree}` : ""}`,
    );
    const bar = actionsBar(id, ctx, actions);
    const body = h("div", { class: "details-body" }, ctx.offline ? "" : statusBox(t("loading")));
    panel.replaceChildren(header, meta, bar, body);
    if (ctx.offline) return;
    try {
      const details = await fetchDetails(id);
      if (shown !== id) return;
      body.replaceChildren(
        ...content(details, ctx),
        h("h4", {}, t("relationships")),
        ...relationshipGroups(details, ctx, actions),
      );
    } catch (error) {
      if (shown === id) body.replaceChildren(errorBox(error, t, () => void show(id, ctx, actions)));
    }
  };

  return { show };
}
