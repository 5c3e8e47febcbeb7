import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { measureById } from "../../graph-schema/index.ts";
import { polling, screenshot } from "./browser.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer();

interface LabelReport {
  count: number;
  overlaps: number;
  withChinese: number;
  /** Labels whose box leaves the chart's box (clipped at an edge). */
  outside: number;
  texts: string[];
}

/** Reads the rendered label boxes of the graph: what a reader sees, not what the placement intended. */
function labelReport(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const svg = document.querySelector('[data-testid="graph-svg"]');
    if (!svg) throw new Error("labelReport: no graph-svg");
    const stage = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll("text.label")];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as DOMRect;
        const b = boxes[j] as DOMRect;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++;
      }
    const outside = boxes.filter(
      (b) =>
        b.left < stage.left - 0.5 ||
        b.right > stage.right + 0.5 ||
        b.top < stage.top - 0.5 ||
        b.bottom > stage.bottom + 0.5,
    ).length;
    const texts = labels.map((l) => l.childNodes[0]?.textContent ?? "");
    const withChinese = texts.filter((t) => /\p{Script=Han}/u.test(t)).length;
    return { count: labels.length, overlaps, withChinese, outside, texts };
  });
}

/** Waits until the layout has stopped moving: the labels are placed on the settled picture. */
async function settled(page: Page): Promise<void> {
  await page.getByTestId("graph-svg").locator("circle").first().waitFor();
  let last = "";
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          [...document.querySelectorAll('[data-testid="graph-svg"] circle')]
            .slice(0, 40)
            .map((c) => `${Math.round(Number(c.getAttribute("cx")))},${Math.round(Number(c.getAttribute("cy")))}`)
            .join(";"),
        );
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 30_000, interval: 700 },
    )
    .toBe(true);
}

/** Measures by how many real cases feature them, most recurring first. */
function recurrence(): [string, number][] {
  const counts = new Map<string, Set<string>>();
  for (const file of explorer.fixture.real)
    for (const r of file.relationships)
      if (r.type === "FEATURES" && measureById.has(r.to))
        counts.set(r.to, (counts.get(r.to) ?? new Set()).add(file.case.id));
  return [...counts].map(([id, set]): [string, number] => [id, set.size]).sort((a, b) => b[1] - a[1]);
}

describe("a readable graph in Chromium", () => {
  for (const width of [1440, 800])
    for (const lang of ["zh", "en"] as const)
      it(`first view at ${width} px (${lang}): cases × measures, recurring measures labelled, no label overlaps`, async () => {
        const { page, errors } = await explorer.open(lang === "en" ? "lang=en" : "", { width, height: 900 });
        await settled(page);
        const report = await labelReport(page);
        await screenshot(page, `graph-first-view-${width}-${lang}`);

        expect(report.overlaps).toBe(0);
        expect(report.outside).toBe(0);
        expect(report.count).toBeGreaterThanOrEqual(width >= 1440 ? 30 : 20);
        // Only cases and measures in the first view.
        const types = await page.evaluate(async () => {
          const ids = [...document.querySelectorAll('[data-testid="graph-svg"] circle')].map(
            (c) => c.getAttribute("data-id") ?? "",
          );
          return [...new Set(ids.map((id) => id.split(":")[0]))].sort();
        });
        expect(types).toEqual(["case", "measure"]);
        // The five most recurring measures are named on screen without any interaction.
        const top = recurrence().slice(0, 5);
        for (const [id] of top) {
          const m = measureById.get(id);
          const name = lang === "en" ? m?.nameEn : m?.name;
          expect(
            report.texts.some((t) => t === name || (t.endsWith("…") && name?.startsWith(t.slice(0, -1).trimEnd()))),
            `${id} labelled`,
          ).toBe(true);
        }
        // Category headings group the measures, and the hint says what a double-click does.
        // Headings yield to the twelve heaviest measures' labels: fewer of them fit at 800 px, and fewer of the
        // longer English ones (measured: zh 6+ / 4+, en 5 / 1–2 of 12 categories).
        const headingsAtLeast = lang === "zh" ? (width >= 1440 ? 6 : 4) : width >= 1440 ? 4 : 1;
        expect(await page.locator('[data-testid="graph-svg"] text.heading').count()).toBeGreaterThanOrEqual(
          headingsAtLeast,
        );
        expect(await page.getByTestId("graph-hint").textContent()).toContain(lang === "en" ? "double-click" : "双击");
        if (lang === "en") expect(report.withChinese / report.count).toBeLessThanOrEqual(0.01);
        expect(errors).toEqual([]);
      });

  it("shows every type on request; in English ≥ 99% of its labels carry no Chinese and none is clipped", async () => {
    const { page, errors } = await explorer.open("lang=en&all=1");
    await settled(page);
    const report = await labelReport(page);
    await screenshot(page, "graph-all-types-en");
    expect(report.count).toBeGreaterThan(20);
    expect(report.overlaps).toBe(0);
    expect(report.outside).toBe(0);
    expect(report.withChinese / report.count).toBeLessThanOrEqual(0.01);
    // A shortened label keeps its full text on hover.
    const shortened = page.locator('[data-testid="graph-svg"] text.label', { hasText: "…" });
    if ((await shortened.count()) > 0)
      expect((await shortened.first().locator("title").textContent())?.length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
  });

  it("switches layouts without losing the selection, and keeps the layout in the link", async () => {
    const id = "measure:proxy-service";
    const { page, errors } = await explorer.open(`sel=${id}`);
    await settled(page);
    for (const layout of ["stage", "radial", "force"]) {
      await page.getByTestId("graph-layout").selectOption(layout);
      await expect.poll(() => new URL(page.url()).searchParams.get("layout"), polling).toBe(layout);
      expect(new URL(page.url()).searchParams.get("sel")).toBe(id);
      await settled(page);
      expect(await page.getByTestId("details-title").textContent()).toBe(measureById.get(id)?.name);
      expect((await labelReport(page)).overlaps).toBe(0);
    }
    await screenshot(page, "graph-layout-force-selected");
    expect(errors).toEqual([]);
  });

  it("lists communities and central nodes, colours by community, and names the chart for screen readers", async () => {
    const { page, errors } = await explorer.open("color=community");
    await settled(page);
    const svg = page.getByTestId("graph-svg");
    expect(await svg.getAttribute("role")).toBe("img");
    expect(await svg.getAttribute("aria-label")).toMatch(/\d+ 节点/);
    await page.getByTestId("graph-insights").locator("summary").click();
    expect(await page.getByTestId("community").count()).toBeGreaterThan(1);
    expect(await page.getByTestId("central-node").count()).toBeGreaterThan(3);
    const fills = await svg.locator("circle").evaluateAll((cs) => new Set(cs.map((c) => c.getAttribute("fill"))).size);
    expect(fills).toBeGreaterThan(2);
    await page.getByTestId("central-node").first().locator("button").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sel"), polling).not.toBeNull();
    expect(errors).toEqual([]);
  });

  it("at 800 px keeps the selected node on screen beside (not under) the details panel", async () => {
    const id = "measure:proxy-service";
    const { page, errors } = await explorer.open(`sel=${id}`, { width: 800, height: 900 });
    await settled(page);
    await expect.poll(() => page.getByTestId("details-panel").isVisible(), polling).toBe(true);
    const node = await page.locator(`[data-testid="graph-svg"] circle[data-id="${id}"]`).boundingBox();
    const panel = await page.getByTestId("details-panel").boundingBox();
    const stage = await page.getByTestId("graph-stage").boundingBox();
    if (!node || !panel || !stage) throw new Error("missing boxes");
    const cx = node.x + node.width / 2;
    const cy = node.y + node.height / 2;
    const insidePanel = cx >= panel.x && cx <= panel.x + panel.width && cy >= panel.y && cy <= panel.y + panel.height;
    expect(insidePanel).toBe(false);
    expect(cx >= stage.x && cx <= stage.x + stage.width && cy >= stage.y && cy <= stage.y + stage.height).toBe(true);
    await screenshot(page, "graph-800-selected");
    expect(errors).toEqual([]);
  });
});
