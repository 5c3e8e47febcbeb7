import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { type CaseFile, measureById } from "../../graph-schema/index.ts";
import { polling, screenshot } from "./browser.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer(6);

/** A case's region and every region above it, from its own file's PART_OF chain (as the seed stores it). */
function regionPath(file: CaseFile): string[] {
  const parentOf = new Map(
    file.relationships
      .filter((r) => r.type === "PART_OF" && r.from.startsWith("region:") && r.to.startsWith("region:"))
      .map((r) => [r.from, r.to]),
  );
  const path = [file.case.regionId];
  for (let p = parentOf.get(file.case.regionId); p && !path.includes(p); p = parentOf.get(p)) path.push(p);
  return path;
}

const provinceOf = (file: CaseFile): string | undefined =>
  regionPath(file).find((id) => file.nodes.some((n) => n.id === id && "level" in n && n.level === "province"));

const measuresOf = (file: CaseFile) => file.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to);

/** The filter the test sets, chosen from the data: the province with most cases, its middle years, a category. */
function chosenFilter(real: readonly CaseFile[]) {
  const counts = new Map<string, number>();
  for (const f of real) {
    const p = provinceOf(f);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const province = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const inProvince = real.filter((f) => provinceOf(f) === province);
  const years = inProvince.flatMap((f) => (f.case.year === null ? [] : [f.case.year])).sort((a, b) => a - b);
  const yearFrom = years[Math.floor(years.length / 4)] ?? 0;
  const yearTo = years[Math.floor((years.length * 3) / 4)] ?? 0;
  const inRange = inProvince.filter((f) => f.case.year !== null && f.case.year >= yearFrom && f.case.year <= yearTo);
  const categoryCounts = new Map<string, number>();
  for (const m of inRange.flatMap(measuresOf)) {
    const c = measureById.get(m)?.category;
    if (c) categoryCounts.set(c, (categoryCounts.get(c) ?? 0) + 1);
  }
  const category = [...categoryCounts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  const matching = inRange.filter((f) => measuresOf(f).some((m) => measureById.get(m)?.category === category));
  return { province, yearFrom, yearTo, category, matching };
}

/** Measure id → number of matching cases featuring it, limited to the category (what the recurrence bars show). */
function expectedBars(matching: readonly CaseFile[], category: string): Map<string, number> {
  const bars = new Map<string, number>();
  for (const f of matching) {
    for (const m of new Set(measuresOf(f))) {
      if (measureById.get(m)?.category === category) bars.set(m, (bars.get(m) ?? 0) + 1);
    }
  }
  return bars;
}

async function setYear(page: Page, testid: string, year: number): Promise<void> {
  const input = page.getByTestId(testid);
  await input.fill(String(year));
  await input.dispatchEvent("change");
}

async function barCounts(page: Page): Promise<Map<string, number>> {
  const bars = await page
    .getByTestId("recurrence-bar")
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-id") ?? "", e.querySelector(".bar-value")?.textContent ?? ""]),
    );
  return new Map(bars.map(([id, text]) => [id ?? "", Number.parseInt(text ?? "", 10)]));
}

describe("one filter bar for the views, in Chromium", () => {
  it("years, a province from the region tree and a category narrow recurrence, co-occurrence and the graph", async () => {
    const { province, yearFrom, yearTo, category, matching } = chosenFilter(explorer.fixture.real);
    expect(matching.length).toBeGreaterThan(0);
    const { page, errors } = await explorer.open("v=recurrence");
    await page.getByTestId("recurrence-chart").waitFor();
    await expect
      .poll(() => page.locator(`[data-testid="filter-region"] option[value="${province}"]`).count(), polling)
      .toBe(1);
    await page.getByTestId("filter-region").selectOption(province);
    await page.getByTestId("filter-category").selectOption(category);
    await setYear(page, "filter-year-from", yearFrom);
    await setYear(page, "filter-year-to", yearTo);

    const expected = expectedBars(matching, category);
    await expect.poll(async () => (await barCounts(page)).size, polling).toBe(expected.size);
    expect(await barCounts(page)).toEqual(expected);
    expect(await page.getByTestId("filter-chip").count()).toBe(3);
    const url = new URL(page.url());
    expect(Object.fromEntries(["y0", "y1", "region", "cat"].map((k) => [k, url.searchParams.get(k)]))).toEqual({
      y0: String(yearFrom),
      y1: String(yearTo),
      region: province,
      cat: category,
    });
    await screenshot(page, "filters-recurrence-zh-1440");
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "filters-recurrence-zh-800");

    await page.reload();
    await page.getByTestId("recurrence-chart").waitFor();
    expect(await barCounts(page)).toEqual(expected);
    expect(await page.getByTestId("filter-chip").count()).toBe(3);

    const cooccurrence = page.waitForResponse((r) => r.url().includes("/api/measures/cooccurrence"));
    await page.getByTestId("tab-cooccurrence").click();
    const body = await (await cooccurrence).json();
    expect(body.totalCases).toBe(matching.length);
    expect(await page.getByTestId("filter-chip").count()).toBe(3);

    const graph = page.waitForResponse((r) => r.url().includes("/api/graph"));
    await page.getByTestId("tab-graph").click();
    const subgraph = await (await graph).json();
    const caseIds = subgraph.nodes.filter((n: { type: string }) => n.type === "Case").map((n: { id: string }) => n.id);
    expect(caseIds.sort()).toEqual(matching.map((f) => f.case.id).sort());
    expect(errors).toEqual([]);
  });

  it("explains an inverted year range, and offers to reset a filter that leaves nothing", async () => {
    const years = explorer.fixture.real.flatMap((f) => (f.case.year === null ? [] : [f.case.year]));
    const first = Math.min(...years);
    const { page, errors } = await explorer.open(`v=recurrence&y0=${first + 3}&y1=${first}`);
    await page.getByTestId("filter-problem-inverted").waitFor();
    expect(await page.getByTestId("filter-inverted").isVisible()).toBe(true);
    expect(await page.getByTestId("recurrence-bar").count()).toBe(0);

    await setYear(page, "filter-year-from", first - 20);
    await setYear(page, "filter-year-to", first - 10);
    await page.getByTestId("filter-problem-empty").waitFor();
    await page.getByTestId("filter-problem-reset").click();
    await page.getByTestId("recurrence-bar").first().waitFor();
    expect(await page.getByTestId("filter-chip").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("y0")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("shows the bar and its chips in English", async () => {
    const { province, category } = chosenFilter(explorer.fixture.real);
    const { page, errors } = await explorer.open(
      `v=recurrence&lang=en&region=${province}&cat=${category}&y0=2020&uy=1`,
    );
    await page.getByTestId("recurrence-chart").waitFor();
    await expect.poll(() => page.getByTestId("filter-chip").count(), polling).toBe(3);
    expect(await page.getByTestId("filter-chips").textContent()).toContain("year not stated");
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, "filters-recurrence-en-1440");
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "filters-recurrence-en-800");
    expect(errors).toEqual([]);
  });
});
