import { describeError } from "../api/errors.ts";
import type { TableData } from "../data/table.ts";
import { toCsv } from "../export/csv.ts";
import { download, fileName } from "../export/download.ts";
import { svgToPng } from "../export/png.ts";
import { serializeSvg, standaloneSvg } from "../export/svg.ts";
import type { Translate } from "../i18n.ts";
import type { ViewHandle } from "../views/view.ts";
import { h } from "./dom.ts";

const PNG_SCALE = 3;

/** The export buttons: SVG and PNG of the chart, CSV of its data, GraphML of the graph. */
export function renderExportMenu(
  el: HTMLElement,
  t: Translate,
  view: string,
  handle: () => ViewHandle | null,
  report: (lines: string[]) => void,
): void {
  const run = (work: (current: ViewHandle) => Promise<void> | void) => async () => {
    const current = handle();
    if (!current) return;
    try {
      await work(current);
    } catch (error) {
      report(describeError(error));
    }
  };
  const svgOf = (current: ViewHandle) => {
    const svg = current.svg();
    if (!svg) throw new Error(`export: the ${view} view has nothing drawn yet`);
    return standaloneSvg(svg);
  };
  const csv = (table: TableData | null | undefined, suffix = "") => {
    if (!table) throw new Error(`export: the ${view} view has no data yet`);
    download(toCsv(table), fileName(`${view}${suffix}`, "csv"), "text/csv;charset=utf-8");
  };
  const button = (label: string, testid: string, onclick: () => void) =>
    h("button", { type: "button", testid, onclick }, label);
  const current = handle();
  el.replaceChildren(
    h("span", { class: "menu-label" }, `${t("export")}:`),
    button(
      t("exportSvg"),
      "export-svg",
      run((c) => download(serializeSvg(svgOf(c)), fileName(view, "svg"), "image/svg+xml")),
    ),
    button(
      t("exportPng"),
      "export-png",
      run(async (c) => download(await svgToPng(svgOf(c), PNG_SCALE), fileName(view, "png"))),
    ),
    button(
      t("exportCsv"),
      "export-csv",
      run((c) => csv(c.table())),
    ),
    current?.linksTable
      ? button(
          `${t("exportCsv")} (${t("links")})`,
          "export-csv-links",
          run((c) => csv(c.linksTable?.(), "-links")),
        )
      : "",
    current?.graphml
      ? button(
          t("exportGraphml"),
          "export-graphml",
          run((c) => {
            const xml = c.graphml?.();
            if (xml) download(xml, fileName(view, "graphml"), "application/graphml+xml");
          }),
        )
      : "",
  );
}
