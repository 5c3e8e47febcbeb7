import type { Api } from "../api/client.ts";
import { checkAssembled, type FieldProblem } from "../data/import-check.ts";
import { type Assembled, assembleCase, emptyReview } from "../data/import-draft.ts";
import { reviewRows } from "../data/import-rows.ts";
import { changed } from "../state/store.ts";
import { h, statusBox } from "../ui/dom.ts";
import { renderEvidence } from "./import-evidence.ts";
import { renderAddForms, renderCaseForm } from "./import-forms.ts";
import { renderInput } from "./import-input.ts";
import { renderItems } from "./import-items.ts";
import { renderLoad } from "./import-load.ts";
import { renderSource } from "./import-source.ts";
import { type ImportContext, placeProblems, type Session } from "./import-state.ts";
import { type MountView, tr } from "./view.ts";

const newSession = (): Session => ({
  text: "",
  extractedText: "",
  extraction: null,
  rows: [],
  review: emptyReview(),
  selected: null,
  result: null,
  serverProblems: [],
});

/** The work in progress survives a visit to another view (the page is remounted), not a reload. */
let kept: Session | null = null;

/**
 * Import: paste or upload a case text, extract a draft (POST /api/extract), review every finding against the text,
 * rewrite the evidence, and load the case (POST /api/cases). The case file is assembled from the draft and the
 * review by a pure module and checked with the server's own schema before it may be sent.
 */
export const mountImportPage: MountView = (container, store, api: Api) => {
  kept ??= newSession();
  let session = kept;
  let destroyed = false;
  let refresh: () => void = () => {};

  const build = () => {
    const input = renderInput({
      t: tr(store.get()),
      session,
      api,
      alive: () => !destroyed,
      extracted: (text, extraction) => {
        const rows = reviewRows(extraction.items, extraction.draft);
        session = kept = { ...newSession(), text, extractedText: text, extraction, rows };
        remount();
      },
    });
    container.replaceChildren(input, buildReview());
  };

  const buildReview = (): HTMLElement => {
    const t = tr(store.get());
    const extraction = session.extraction;
    if (!extraction) {
      refresh = () => {};
      return h("div", { class: "view-body" }, statusBox(t("importIntro"), "empty"));
    }
    let assembled: Assembled | null = null;
    const ctx: ImportContext = {
      t,
      lang: store.get().lang,
      session,
      draft: extraction.draft,
      assembled: () => {
        assembled ??= assembleCase(extraction.draft, session.rows, session.review);
        return assembled;
      },
      changed: () => {
        assembled = null;
        refresh();
      },
      select: (key, from) => {
        session.selected = key;
        refresh();
        if (!key) return;
        if (from === "text") items.reveal(key);
        else source.reveal(key);
      },
    };
    const source = renderSource(ctx);
    const items = renderItems(ctx);
    const caseForm = renderCaseForm(ctx);
    const addForms = renderAddForms(ctx);
    let evidence = renderEvidence(ctx);
    const load = renderLoad(ctx, api, (id) => store.set({ view: "graph", selected: id, table: false }));
    const json = h("pre", { class: "import-json", testid: "import-json" });
    const jsonView = h("details", { class: "import-json-view" }, h("summary", {}, ctx.t("caseFileJson")), json);
    const showJson = () => {
      if (jsonView.open) json.textContent = JSON.stringify(ctx.assembled().file, null, 2);
    };
    jsonView.addEventListener("toggle", showJson);

    refresh = () => {
      const current = ctx.assembled();
      const own: FieldProblem[] = checkAssembled(current);
      const placed = placeProblems([...own, ...session.serverProblems], current);
      if (evidence.signature !== current.relKeys.join(",")) {
        const next = renderEvidence(ctx);
        evidence.element.replaceWith(next.element);
        evidence = next;
      }
      for (const part of [items, caseForm, addForms, evidence]) part.refresh(placed);
      source.refresh();
      load.setProblems(own, placed);
      showJson();
    };
    refresh();

    return h(
      "div",
      { class: "view-body import-body" },
      source.element,
      h(
        "div",
        { class: "import-review" },
        caseForm.element,
        items.element,
        addForms.element,
        evidence.element,
        load.element,
        jsonView,
      ),
    );
  };

  const remount = () => {
    if (!destroyed) build();
  };
  build();
  const unsubscribe = store.subscribe((s, prev) => {
    if (changed(s, prev, ["lang"])) remount();
  });

  return {
    svg: () => null,
    table: () => null,
    destroy: () => {
      destroyed = true;
      unsubscribe();
    },
  };
};
