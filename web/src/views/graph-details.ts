import type { Api } from "../api/client.ts";
import type { GraphNode, NodeDetails, Relationship } from "../api/types.ts";
import { colorOf } from "../graph/colors.ts";
import { displayName, type Translate, typeLabel } from "../i18n.ts";
import type { Lang } from "../state/state.ts";
import { h, statusBox } from "../ui/dom.ts";
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

const formatValue = (value: unknown): string =>
  value === null || value === undefined ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value);

function relationshipItem(rel: Relationship, ctx: DetailsContext, actions: DetailsActions): HTMLElement {
  const { t } = ctx;
  const props = Object.entries(rel.properties).filter(([, v]) => v !== null && v !== undefined && v !== "");
  const p = rel.provenance;
  return h(
    "li",
    { class: "relationship", testid: "details-relationship" },
    h(
      "div",
      {},
      h("span", { class: "arrow" }, rel.direction === "out" ? "→ " : "← "),
      h(
        "button",
        { type: "button", class: "link", onclick: () => actions.select(rel.other.id) },
        displayName(rel.other, ctx.lang),
      ),
      h("span", { class: "muted" }, ` · ${typeLabel(t, rel.other.type)}`),
    ),
    props.length ? h("div", { class: "muted" }, props.map(([k, v]) => `${k}: ${formatValue(v)}`).join("; ")) : null,
    h(
      "div",
      { class: "provenance", testid: "details-provenance" },
      h("span", {}, `${t("case")}: ${p.caseTitle ?? p.caseId ?? "—"}`),
      h("span", {}, ` · ${t("section")}: ${p.section}`),
      h("blockquote", {}, p.evidence),
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
  const props = Object.entries(details.node.properties);
  return [
    details.node.aliases.length ? h("p", {}, `${t("aliases")}: ${details.node.aliases.join("、")}`) : h("span"),
    h("h4", {}, t("properties")),
    h(
      "dl",
      { class: "properties" },
      props.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, formatValue(v))]),
    ),
  ];
}

/** The details panel: properties, then every relationship with its case, section and evidence. */
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
      `${typeLabel(t, type)} · ${id}${ctx.node ? ` · ${t("degree")} ${ctx.node.degree}` : ""}`,
    );
    const bar = actionsBar(id, ctx, actions);
    const body = h("div", { class: "details-body" }, ctx.offline ? "" : statusBox(t("loading")));
    panel.replaceChildren(header, meta, bar, body);
    if (ctx.offline) return;
    try {
      const details = await fetchDetails(id);
      if (shown !== id) return;
      const groups = Object.entries(details.relationships).sort((a, b) => a[0].localeCompare(b[0]));
      body.replaceChildren(
        ...content(details, ctx),
        h("h4", {}, t("relationships")),
        ...groups.map(([relType, rels]) =>
          h(
            "section",
            { class: "rel-group" },
            h("h5", {}, `${relType} (${rels.length})`),
            h(
              "ul",
              {},
              rels.map((rel) => relationshipItem(rel, ctx, actions)),
            ),
          ),
        ),
      );
    } catch (error) {
      if (shown === id) body.replaceChildren(errorBox(error, t, () => void show(id, ctx, actions)));
    }
  };

  return { show };
}
