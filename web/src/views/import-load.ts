import type { Api } from "../api/client.ts";
import { ApiError, describeError } from "../api/errors.ts";
import type { FieldProblem } from "../data/import-check.ts";
import { h } from "../ui/dom.ts";
import { fillErrors, type ImportContext, type PlacedProblems } from "./import-state.ts";

/** The write token lives for the browser tab only: never in the URL, never in localStorage. */
const tokenKey = "policy-graph.api-token";

export interface LoadPanel {
  element: HTMLElement;
  /**
   * The page's own problems block loading: listed here are their count, how many evidence fields still need
   * rewriting, and those that belong to no input (the others show beside their input).
   */
  setProblems(problems: readonly FieldProblem[], placed: PlacedProblems): void;
}

/**
 * Token, Load, and what came back: the new case's id with a link into the graph (201), the field errors placed next
 * to their inputs (400), or a plain statement that nothing was loaded (401, 403, network).
 */
export function renderLoad(ctx: ImportContext, api: Api, openCase: (id: string, href: string) => void): LoadPanel {
  const { t, session } = ctx;
  const token = h("input", {
    type: "password",
    autocomplete: "off",
    testid: "import-token",
    value: sessionStorage.getItem(tokenKey) ?? "",
    "aria-label": t("token"),
  });
  const button = h("button", { type: "button", class: "primary", testid: "import-load" }, t("load"));
  const blockers = h("div", { class: "load-blockers", testid: "import-blockers" });
  const result = h("div", { class: "import-result", testid: "import-result", role: "status", hidden: true });
  const error = h("div", {
    class: "import-error",
    testid: "import-error",
    "data-scope": "load",
    role: "alert",
    hidden: true,
  });
  let problemCount = 0;

  const showError = (lines: string[], problems: readonly FieldProblem[] = []) => {
    const list = h("ul", { class: "field-errors" });
    fillErrors(list, problems, t);
    error.replaceChildren(...lines.map((l) => h("div", {}, l)), list);
    error.hidden = false;
  };

  const showResult = () => {
    const loaded = session.result;
    result.hidden = !loaded;
    if (!loaded) return;
    const href = `?v=graph&sel=${encodeURIComponent(loaded.id)}${ctx.lang === "en" ? "&lang=en" : ""}`;
    const link = h("a", { href, testid: "import-open-case" }, t("openInGraph"));
    link.addEventListener("click", (event) => {
      event.preventDefault();
      openCase(loaded.id, href);
    });
    result.replaceChildren(
      `${t("loaded")} `,
      h("code", { testid: "import-result-id" }, loaded.id),
      ` (${loaded.elements} ${t("elements")}) · `,
      link,
    );
  };

  const load = async () => {
    error.hidden = true;
    const value = token.value.trim();
    if (!value) return showError([t("needToken")]);
    sessionStorage.setItem(tokenKey, value);
    button.disabled = true;
    button.textContent = t("importing");
    try {
      session.result = await api.importCase(ctx.assembled().file, value);
      session.serverProblems = [];
      showResult();
    } catch (caught) {
      session.result = null;
      showResult();
      const status = caught instanceof ApiError ? caught.problem.status : 0;
      if (caught instanceof ApiError && status === 400) {
        session.serverProblems = caught.problem.errors ?? [];
        showError([t("importError.400")], session.serverProblems);
      } else if (status === 401 || status === 403) {
        showError([t(status === 401 ? "importError.401" : "importError.403"), describeError(caught)[0] ?? ""]);
      } else {
        showError(describeError(caught));
      }
    } finally {
      button.textContent = t("load");
      button.disabled = problemCount > 0;
      ctx.changed();
    }
  };
  button.addEventListener("click", () => void load());
  showResult();

  return {
    element: h(
      "section",
      { class: "import-load" },
      h("h2", {}, t("loadTitle")),
      h("label", {}, `${t("token")} `, token),
      " ",
      button,
      blockers,
      error,
      result,
    ),
    setProblems(problems, placed) {
      problemCount = problems.length;
      button.disabled = problemCount > 0;
      blockers.replaceChildren();
      if (problemCount === 0) return;
      const rewrites = problems.filter((p) => p.code === "rewrite" && p.path !== "case.summary").length;
      const list = h("ul", { class: "field-errors" });
      fillErrors(list, placed.other, t);
      blockers.append(
        h(
          "p",
          { class: "warning" },
          `${problemCount} ${t("problems")}`,
          rewrites > 0 ? ` · ${rewrites} ${t("toRewrite")}` : "",
        ),
        list,
      );
    },
  };
}
