import { colorOf } from "../graph/colors.ts";
import { type Translate, typeLabel } from "../i18n.ts";
import { h } from "../ui/dom.ts";

export interface ToolbarModel {
  t: Translate;
  types: [string, number][];
  hidden: ReadonlySet<string>;
  canUndo: boolean;
  hasPath: boolean;
  pathOnly: boolean;
  pathMissing: boolean;
  nodes: number;
  links: number;
  truncated: boolean;
  renderer: string;
}

export interface ToolbarActions {
  toggleType(type: string): void;
  undo(): void;
  pathOnly(on: boolean): void;
  clearPath(): void;
  fit(): void;
}

/** Type filter doubling as the legend, undo, path controls and the node/link count. */
export function renderToolbar(el: HTMLElement, m: ToolbarModel, actions: ToolbarActions): void {
  const { t } = m;
  const legend = h(
    "fieldset",
    { class: "legend", testid: "type-filter" },
    h("legend", {}, t("legend")),
    m.types.map(([type, count]) => {
      const box = h("input", { type: "checkbox", checked: !m.hidden.has(type), testid: `type-filter-${type}` });
      box.addEventListener("change", () => actions.toggleType(type));
      return h(
        "label",
        { class: "legend-item" },
        box,
        h("span", { class: "swatch", style: `background:${colorOf(type)}` }),
        `${typeLabel(t, type)} (${count})`,
      );
    }),
  );
  const pathBox = h("input", { type: "checkbox", checked: m.pathOnly, testid: "path-only" });
  pathBox.addEventListener("change", () => actions.pathOnly(pathBox.checked));
  el.replaceChildren(
    legend,
    h(
      "div",
      { class: "graph-actions" },
      h("button", { type: "button", testid: "undo", disabled: !m.canUndo, onclick: actions.undo }, `↶ ${t("undo")}`),
      h("button", { type: "button", testid: "fit", onclick: actions.fit }, t("resetView")),
      m.hasPath ? h("label", {}, pathBox, t("pathOnly")) : null,
      m.hasPath || m.pathMissing
        ? h("button", { type: "button", testid: "path-clear", onclick: actions.clearPath }, t("clearPath"))
        : null,
      m.pathMissing ? h("span", { class: "warning", testid: "path-missing" }, t("noPath")) : null,
    ),
    h(
      "div",
      { class: "muted counts", testid: "graph-counts" },
      `${m.nodes} ${t("nodes")} · ${m.links} ${t("links")} · ${m.renderer}`,
      m.truncated ? ` · ${t("truncated")}` : "",
    ),
  );
}
