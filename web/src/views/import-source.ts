import { rowOfItem } from "../data/import-rows.ts";
import { segmentText } from "../data/text-segments.ts";
import { h } from "../ui/dom.ts";
import { type ImportContext, itemColor, itemTypeLabel, targetName } from "./import-state.ts";

export interface SourcePanel {
  element: HTMLElement;
  /** Redraws decisions (rejected rows) and the selection on the marks already drawn. */
  refresh(): void;
  /** Scrolls the row's first mention into view. */
  reveal(rowKey: string): void;
}

/**
 * The extracted text with every finding marked in its type's colour. Overlapping findings are cut into flat runs;
 * a run takes its innermost finding's colour and is underlined in the colour of the one around it. Candidates are
 * outlined, rejected findings struck through. Hover tells type, confidence and target; a click selects the row.
 */
export function renderSource(ctx: ImportContext): SourcePanel {
  const { t, session } = ctx;
  const extraction = session.extraction;
  const text = session.extractedText;
  const items = extraction?.items ?? [];
  const rowOf = rowOfItem(session.rows);
  const marks: { el: HTMLElement; rowKeys: string[] }[] = [];
  const body = h("pre", { class: "import-source-text", testid: "import-source" });

  for (const seg of segmentText(text.length, items)) {
    const piece = text.slice(seg.start, seg.end);
    const [inner, outer] = seg.spans.map((i) => items[i]);
    const row = seg.spans.length > 0 ? rowOf.get(seg.spans[0] as number) : undefined;
    if (!inner || !row) {
      body.append(piece);
      continue;
    }
    const title = seg.spans
      .map((i) => {
        const item = items[i];
        const r = rowOf.get(i);
        if (!item || !r) return "";
        const target = r.role === "none" ? t("notInDraft") : `${t("mapsTo")} ${targetName(r, ctx.draft, ctx.lang)}`;
        const tag = item.candidate ? ` · ${t("candidate")}` : "";
        return `${itemTypeLabel(t, item.type)} · ${t("confidence")} ${item.confidence.toFixed(2)} · ${target}${tag}`;
      })
      .join("\n");
    const el = h(
      "mark",
      {
        class: `hl${inner.candidate ? " candidate" : ""}${outer ? " nested" : ""}`,
        testid: "import-mark",
        "data-type": inner.type,
        "data-key": row.target,
        title,
        style: `--c:${itemColor(inner.type)}${outer ? `;--o:${itemColor(outer.type)}` : ""}`,
        onclick: () => ctx.select(row.key, "text"),
      },
      piece,
    );
    marks.push({ el, rowKeys: seg.spans.flatMap((i) => rowOf.get(i)?.key ?? []) });
    body.append(el);
  }

  const refresh = () => {
    const { status } = session.review;
    for (const { el, rowKeys } of marks) {
      el.classList.toggle("rejected", status[rowKeys[0] ?? ""] === "rejected");
      el.classList.toggle("selected", session.selected !== null && rowKeys.includes(session.selected));
    }
  };
  refresh();

  return {
    element: h("section", { class: "import-source" }, h("h2", {}, t("sourceText")), body),
    refresh,
    reveal(rowKey) {
      marks.find((m) => m.rowKeys[0] === rowKey)?.el.scrollIntoView({ block: "center" });
    },
  };
}
