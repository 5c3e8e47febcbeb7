import type { CaseSummary, SimilarCase, SimilarCases } from "../api/types.ts";
import { similarTable } from "../data/similar.ts";
import { displayName } from "../i18n.ts";
import type { AppState } from "../state/state.ts";
import { h, selectBox, statusBox } from "../ui/dom.ts";
import { measureLink } from "../ui/measure-link.ts";
import { loadCaseList } from "./case-list.ts";
import { chartLifecycle } from "./lifecycle.ts";
import { type MountView, tr } from "./view.ts";

/** Cases ranked by IDF-weighted Jaccard against one case, the definition on screen, one click to compare. */
export const mountSimilar: MountView = (container, store, api) => {
  const controls = h("div", { class: "controls", testid: "similar-controls" });
  const body = h("div", { class: "view-body" });
  container.replaceChildren(controls, body);
  let cases: CaseSummary[] = [];

  const renderControls = (s: AppState) => {
    const t = tr(s);
    const options: [string, string][] = [
      ["", `— ${t("pickCase")} —`],
      ...cases.map((c): [string, string] => [c.id, displayName(c, s.lang)]),
    ];
    controls.replaceChildren(
      h(
        "label",
        {},
        `${t("similarTo")} `,
        selectBox(options, s.similarTo ?? "", (v) => store.set({ similarTo: v || null }), { testid: "similar-case" }),
      ),
    );
  };

  const item = (s: AppState, data: SimilarCases, other: SimilarCase, rank: number): HTMLElement => {
    const t = tr(s);
    const chips = (ms: SimilarCase["shared"], testid: string) =>
      h(
        "span",
        { class: "chips", testid },
        ms.length === 0 ? t("noneListed") : ms.map((m) => measureLink(m, store, s.lang, ` ${m.weight.toFixed(2)}`)),
      );
    const year = other.case.year ?? t("unknownYear");
    return h(
      "li",
      { class: "similar-item", testid: "similar-item", "data-id": other.case.id },
      h(
        "div",
        { class: "similar-head" },
        h("span", { class: "rank" }, `${rank}`),
        h("strong", { testid: "similar-name" }, displayName(other.case, s.lang)),
        h("span", { class: "muted" }, `${other.case.province?.name ?? ""} · ${year}`),
        h(
          "span",
          { class: "score", title: `${other.sharedWeight.toFixed(2)} / ${other.unionWeight.toFixed(2)}` },
          h("span", { class: "score-bar", style: `width:${Math.round(other.score * 100)}%` }),
          h("span", { class: "score-value", testid: "similar-score" }, other.score.toFixed(3)),
        ),
        h(
          "button",
          {
            type: "button",
            testid: "similar-compare",
            onclick: () => store.set({ view: "compare", caseA: data.case.id, caseB: other.case.id }),
          },
          t("compareThese"),
        ),
      ),
      h("div", { class: "muted title-line" }, other.case.title),
      h(
        "div",
        {},
        h("span", { class: "label" }, `${t("sharedMeasures")} (${other.shared.length}) `),
        chips(other.shared, "similar-shared"),
      ),
      h(
        "details",
        {},
        h("summary", {}, `${t("onlyThis")} ${other.onlyThis.length} · ${t("onlyOther")} ${other.onlyOther.length}`),
        h("div", {}, h("span", { class: "label" }, `${t("onlyThis")} `), chips(other.onlyThis, "similar-only-this")),
        h("div", {}, h("span", { class: "label" }, `${t("onlyOther")} `), chips(other.onlyOther, "similar-only-other")),
      ),
    );
  };

  const render = (s: AppState, data: SimilarCases): null => {
    const t = tr(s);
    body.replaceChildren(
      h(
        "div",
        { class: "analyst-page" },
        h("h2", {}, `${t("view.similar")}: ${displayName(data.case, s.lang)}`),
        h(
          "p",
          { class: "definition", testid: "similarity-definition" },
          `${t("similarityDefinition")} N = ${data.totalCases}.`,
        ),
        data.similar.length === 0
          ? statusBox(t("noSimilar"), "empty")
          : h(
              "ol",
              { class: "similar-list", testid: "similar-list" },
              data.similar.map((other, i) => item(s, data, other, i + 1)),
            ),
      ),
    );
    return null;
  };

  loadCaseList(api, store, controls, (loaded) => {
    cases = loaded;
    // A first visit shows the newest case's neighbours rather than an empty page.
    const first = cases[0];
    if (!store.get().similarTo && first) store.set({ similarTo: first.id });
    renderControls(store.get());
  });
  return chartLifecycle({
    store,
    body,
    loadOn: ["similarTo", "synthetic"],
    renderOn: ["table", "lang"],
    controlsOn: ["lang", "similarTo"],
    load: (s) => (s.similarTo ? api.similar(s.similarTo, { limit: 20, includeSynthetic: s.synthetic }) : null),
    idle: (s) => statusBox(tr(s)("pickCase"), "empty"),
    render,
    renderControls,
    table: (data, s) => similarTable(data, tr(s), s.lang),
  });
};
