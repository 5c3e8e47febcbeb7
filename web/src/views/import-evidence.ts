import { measureById } from "../../../graph-schema/taxonomy.ts";
import { needsRewrite } from "../data/import-draft.ts";
import { h } from "../ui/dom.ts";
import type { Part } from "./import-forms.ts";
import { errorSlot, fillErrors, type ImportContext } from "./import-state.ts";

/**
 * Every relationship the case file will hold, with its evidence to rewrite: the extractor's snippets (待改写) are
 * source text, and the graph keeps only paraphrases. The list is rebuilt when the set of relationships changes
 * (a rejection, an addition); typing only updates marks and errors, so the caret stays where it is.
 */
export function renderEvidence(ctx: ImportContext): Part & { signature: string } {
  const { t, session } = ctx;
  const assembled = ctx.assembled();
  const names = new Map<string, string>([[assembled.file.case.id, t("case")]]);
  for (const n of assembled.file.nodes) names.set(n.id, n.name);
  const nameOf = (id: string) => names.get(id) ?? measureById.get(id)?.name ?? id;
  const count = h("p", { class: "evidence-count", testid: "import-evidence-count" });
  const rows = assembled.file.relationships.map((rel, i) => {
    const key = assembled.relKeys[i] ?? "";
    const input = h("textarea", { rows: 2, testid: "import-evidence-input", "data-key": key }, rel.evidence);
    input.addEventListener("input", () => {
      session.review.evidence[key] = input.value;
      ctx.changed();
    });
    const errors = errorSlot();
    const li = h(
      "li",
      { class: "evidence", testid: "import-evidence", "data-key": key },
      h(
        "div",
        { class: "evidence-label" },
        h("code", {}, rel.type),
        ` ${nameOf(rel.from)} → ${nameOf(rel.to)} `,
        h("span", { class: "muted" }, `· ${rel.section}`),
      ),
      input,
      errors,
    );
    return { key, li, input, errors };
  });

  return {
    signature: assembled.relKeys.join(","),
    element: h(
      "section",
      { class: "import-evidence" },
      h("h2", {}, t("evidenceTitle")),
      count,
      h(
        "ol",
        { class: "evidence-list" },
        rows.map((r) => r.li),
      ),
    ),
    refresh(placed) {
      let pending = 0;
      for (const r of rows) {
        const marked = needsRewrite(r.input.value);
        if (marked) pending++;
        r.li.classList.toggle("pending", marked);
        fillErrors(r.errors, placed.relationship.get(r.key), t);
      }
      count.textContent = pending > 0 ? `${pending} ${t("toRewrite")}` : t("allRewritten");
      count.classList.toggle("warning", pending > 0);
    },
  };
}
