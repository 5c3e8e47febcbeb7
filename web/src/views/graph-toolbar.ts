import { colorOf, strokeOf } from "../graph/colors.ts";
import { type MessageKey, type Translate, typeLabel } from "../i18n.ts";
import { type ColorMode, colorModes, type LayoutName, layoutNames, type SizeMode, sizeModes } from "../state/state.ts";
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
  layout: LayoutName;
  /** Radial needs a selected node; without one the view falls back to force and says so. */
  radialWithoutFocus: boolean;
  allTypes: boolean;
  colorBy: ColorMode;
  sizeBy: SizeMode;
  /** Community colours for the legend when colouring by community. */
  communities: { color: string; label: string }[];
}

export interface ToolbarActions {
  toggleType(type: string): void;
  undo(): void;
  pathOnly(on: boolean): void;
  clearPath(): void;
  fit(): void;
  layout(name: LayoutName): void;
  allTypes(on: boolean): void;
  colorBy(mode: ColorMode): void;
  sizeBy(mode: SizeMode): void;
}

function choice<T extends string>(
  t: Translate,
  key: MessageKey,
  options: readonly T[],
  current: T,
  onChange: (value: T) => void,
): HTMLElement {
  const select = h(
    "select",
    { testid: `${key.replace(".", "-")}` },
    options.map((o) =>
      h("option", { value: o, selected: o === current }, t(`${key.replace("By", "")}.${o}` as MessageKey)),
    ),
  );
  select.addEventListener("change", () => onChange(select.value as T));
  return h("label", { class: "choice" }, `${t(key)} `, select);
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
        h("span", { class: `swatch stroke-${strokeOf(type)}`, style: `background:${colorOf(type)}` }),
        `${typeLabel(t, type)} (${count})`,
      );
    }),
  );
  const allBox = h("input", { type: "checkbox", checked: m.allTypes, testid: "all-types" });
  allBox.addEventListener("change", () => actions.allTypes(allBox.checked));
  const pathBox = h("input", { type: "checkbox", checked: m.pathOnly, testid: "path-only" });
  pathBox.addEventListener("change", () => actions.pathOnly(pathBox.checked));
  const communities =
    m.colorBy === "community" && m.communities.length
      ? h(
          "div",
          { class: "legend", testid: "community-legend" },
          m.communities.map((c) =>
            h(
              "span",
              { class: "legend-item" },
              h("span", { class: "swatch", style: `background:${c.color}` }),
              c.label,
            ),
          ),
        )
      : null;
  el.replaceChildren(
    h(
      "div",
      { class: "graph-choices" },
      choice(t, "graph.layout", layoutNames, m.layout, actions.layout),
      m.radialWithoutFocus ? h("span", { class: "warning" }, t("graph.layout.radialHint")) : null,
      choice(t, "graph.colorBy", colorModes, m.colorBy, actions.colorBy),
      choice(t, "graph.sizeBy", sizeModes, m.sizeBy, actions.sizeBy),
      h("label", {}, allBox, t("graph.allTypes")),
    ),
    legend,
    ...(communities ? [communities] : []),
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
    h(
      "p",
      { class: "graph-hint muted", testid: "graph-hint" },
      m.allTypes ? "" : `${t("graph.overview")} · `,
      t("graph.hint"),
    ),
  );
}
