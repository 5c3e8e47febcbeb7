import { departmentKinds } from "../../../graph-schema/departments.ts";
import { measureCategories, measures } from "../../../graph-schema/taxonomy.ts";
import type { CaseFileInput } from "../api/types.ts";
import type { Decision, RowEdit } from "../data/import-draft.ts";
import { type ReviewRow, rowTypeOrder } from "../data/import-rows.ts";
import type { Lang } from "../state/state.ts";
import { h } from "../ui/dom.ts";
import {
  errorSlot,
  fillErrors,
  type ImportContext,
  itemColor,
  itemTypeLabel,
  type PlacedProblems,
  targetName,
} from "./import-state.ts";

export interface ItemList {
  element: HTMLElement;
  refresh(placed: PlacedProblems): void;
  reveal(rowKey: string): void;
}

/** A <select> over the taxonomy, grouped by category; shared by row edits and the add-measure form. */
export function measureSelect(value: string, lang: Lang, attrs: Record<string, string> = {}): HTMLSelectElement {
  return h(
    "select",
    attrs,
    measureCategories.map((c) =>
      h(
        "optgroup",
        { label: lang === "en" ? c.nameEn : c.name },
        measures
          .filter((m) => m.category === c.id)
          .map((m) => h("option", { value: m.id, selected: m.id === value }, lang === "en" ? m.nameEn : m.name)),
      ),
    ),
  );
}

export function kindSelect(value: string, lang: Lang, attrs: Record<string, string> = {}): HTMLSelectElement {
  return h(
    "select",
    attrs,
    departmentKinds.map((k) =>
      h("option", { value: k.kind, selected: k.kind === value }, lang === "en" ? k.nameEn : k.name),
    ),
  );
}

/** The fields a row can be edited with, or nothing when the finding has no editable target. */
function editFields(row: ReviewRow, ctx: ImportContext): HTMLElement[] {
  const edits = ctx.session.review.edits;
  const edit = (patch: RowEdit) => {
    edits[row.key] = { ...edits[row.key], ...patch };
    ctx.changed();
  };
  const current = edits[row.key] ?? {};
  const draft = ctx.draft;
  const testid = "import-item-edit";
  if (row.role === "measure" && row.ref) {
    const select = measureSelect(current.measure ?? row.ref, ctx.lang, { testid, "aria-label": ctx.t("measure") });
    select.addEventListener("change", () => edit({ measure: select.value }));
    return [select];
  }
  if (row.role === "leader") {
    const led = draft.relationships.find((r) => r.type === "LED_BY" && r.to === row.ref);
    const role = current.role ?? (led?.type === "LED_BY" ? led.role : "");
    const input = h("input", { value: role, testid, "aria-label": ctx.t("post") });
    input.addEventListener("input", () => edit({ role: input.value }));
    return [input];
  }
  if (row.role !== "node") return [];
  const node = draft.nodes.find((n) => n.id === row.ref);
  if (!node || node.label === "Figure") return [];
  const name = h("input", { value: current.name ?? node.name, testid, "aria-label": ctx.t("name") });
  name.addEventListener("input", () => edit({ name: name.value }));
  if (node.label !== "Department") return [name];
  const kind = kindSelect(current.kind ?? node.kind, ctx.lang, { "aria-label": ctx.t("kind") });
  kind.addEventListener("change", () => edit({ kind: kind.value }));
  return [kind, name];
}

function figureText(row: ReviewRow, draft: CaseFileInput): string {
  const node = draft.nodes.find((n) => n.id === row.ref);
  if (node?.label !== "Figure") return "";
  const value = node.value !== undefined ? `${node.value}${node.unit ?? ""}` : (node.date ?? "");
  return `${node.name} ${value}`;
}

/** The findings grouped by type: accept / reject, an edit where the target can change, and the row's errors. */
export function renderItems(ctx: ImportContext): ItemList {
  const { t, session } = ctx;
  const rowEls = new Map<string, { el: HTMLElement; accept: HTMLElement; reject: HTMLElement; errors: HTMLElement }>();

  const decide = (row: ReviewRow, decision: Decision) => {
    const status = session.review.status;
    if (status[row.key] === decision) delete status[row.key];
    else status[row.key] = decision;
    ctx.changed();
  };

  const renderRow = (row: ReviewRow) => {
    const errors = errorSlot();
    const reviewable = row.role !== "none";
    const accept = h(
      "button",
      { type: "button", class: "accept", testid: "import-item-accept", onclick: () => decide(row, "accepted") },
      `✓ ${t("accept")}`,
    );
    const reject = h(
      "button",
      { type: "button", class: "reject", testid: "import-item-reject", onclick: () => decide(row, "rejected") },
      `✗ ${t("reject")}`,
    );
    const figure = figureText(row, ctx.draft);
    const target =
      row.role === "none" ? t("notInDraft") : `${t("mapsTo")} ${figure || targetName(row, ctx.draft, ctx.lang)}`;
    const el = h(
      "li",
      { class: "import-item", testid: "import-item", "data-type": row.type, "data-key": row.target },
      h(
        "button",
        { type: "button", class: "link item-text", onclick: () => ctx.select(row.key, "list") },
        h("span", { class: "swatch", style: `background:${itemColor(row.type)}` }),
        row.text,
      ),
      h(
        "span",
        { class: "muted item-meta" },
        `${row.mentions.length} ${t("mentions")} · ${row.confidence.toFixed(2)} · ${row.candidate ? t("candidate") : target}`,
      ),
      h("span", { class: "item-edit" }, editFields(row, ctx)),
      reviewable ? h("span", { class: "item-decision" }, accept, reject) : null,
      errors,
    );
    rowEls.set(row.key, { el, accept, reject, errors });
    return el;
  };

  const groups = rowTypeOrder.flatMap((type) => {
    const rows = session.rows.filter((r) => r.type === type);
    if (rows.length === 0) return [];
    return [
      h(
        "div",
        { class: "item-group" },
        h("h3", {}, `${itemTypeLabel(t, type)} (${rows.length})`),
        h("ul", { class: "item-list" }, rows.map(renderRow)),
      ),
    ];
  });

  return {
    element: h("section", { class: "import-items" }, h("h2", {}, t("reviewItems")), groups),
    refresh(placed) {
      for (const row of session.rows) {
        const parts = rowEls.get(row.key);
        if (!parts) continue;
        const decision = session.review.status[row.key];
        parts.el.dataset.status = decision ?? "pending";
        parts.el.classList.toggle("rejected", decision === "rejected");
        parts.el.classList.toggle("selected", session.selected === row.key);
        parts.accept.setAttribute("aria-pressed", String(decision === "accepted"));
        parts.reject.setAttribute("aria-pressed", String(decision === "rejected"));
        fillErrors(parts.errors, row.role === "node" && row.ref ? placed.node.get(row.ref) : undefined, t);
      }
    },
    reveal(rowKey) {
      rowEls.get(rowKey)?.el.scrollIntoView({ block: "nearest" });
    },
  };
}
