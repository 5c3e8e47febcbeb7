import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectedPartners, expectedSharedDepartments, expectedSimilar, provinceOf } from "../analyst-answers.ts";
import { polling, screenshot } from "./browser.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer();
const DINGHAI = "case:dinghai-2022-03";
const PROXY = "measure:proxy-service";
const LAND = "measure:land-to-construction";

/** Each view at 1440 and 800 px, in Chinese and then English (the language toggle is not an answer's step). */
async function shots(page: Page, name: string) {
  for (const lang of ["zh", "en"]) {
    for (const width of [1440, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      await screenshot(page, `${name}-${lang}-${width}`);
    }
    if (lang === "zh") {
      await page.getByTestId("lang-toggle").click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang), polling).toBe("en");
    }
  }
}

const ids = (page: Page, testid: string, attr = "id") =>
  page.getByTestId(testid).evaluateAll((els, a) => els.map((e) => (e as HTMLElement).dataset[a] ?? ""), attr);

describe("the analyst's four answers from the first page", () => {
  it("finds the 3 cases most similar to Dinghai with their shared measures in 2 interactions", async () => {
    const expected = expectedSimilar(explorer.fixture.real, DINGHAI).slice(0, 3);
    const { page, errors } = await explorer.open();
    let steps = 0;
    await page.getByTestId("tab-similar").click();
    steps++;
    await page.getByTestId("similar-case").selectOption(DINGHAI);
    steps++;
    await page.getByTestId("similar-item").first().waitFor();
    const items = page.getByTestId("similar-item");
    const top = (await ids(page, "similar-item")).slice(0, 3);
    expect(top).toEqual(expected.map((e) => e.id));
    for (const [i, e] of expected.entries()) {
      const shared = await items
        .nth(i)
        .getByTestId("similar-shared")
        .locator("[data-testid=measure-link]")
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.id ?? ""));
      expect(shared.sort()).toEqual(e.shared);
      expect(Number(await items.nth(i).getByTestId("similar-score").textContent())).toBeCloseTo(e.score, 3);
    }
    expect(await page.getByTestId("similarity-definition").textContent()).toContain("ln(N");
    expect(steps).toBeLessThanOrEqual(3);
    await shots(page, "similar");
    await items.first().getByTestId("similar-compare").click();
    await page.getByTestId("compare-controls").waitFor();
    expect(new URL(page.url()).searchParams.get("b")).toBe(expected[0]?.id);
    expect(errors).toEqual([]);
  });

  it("lists the top partners of 代办帮办 with counts in 2 interactions", async () => {
    const { page, errors } = await explorer.open();
    let steps = 0;
    await page.getByTestId("tab-cooccurrence").click();
    steps++;
    await page.getByTestId("cooccurrence-matrix").waitFor();
    const minCount = Number(await page.getByTestId("filter-min-count").inputValue());
    await page.getByTestId("cooccurrence-focus").selectOption(PROXY);
    steps++;
    await page.getByTestId("cooccurrence-partner").first().waitFor();
    const shown = await page
      .getByTestId("cooccurrence-partner")
      .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.id, Number((e as HTMLElement).dataset.count)]));
    const expected = expectedPartners(explorer.fixture.real, PROXY).filter((p) => p.count >= minCount);
    expect(minCount).toBeGreaterThan(1);
    expect(shown.map(([, c]) => c)).toEqual(expected.map((p) => p.count));
    expect(shown.map((r) => r.join(":")).sort()).toEqual(expected.map((p) => `${p.id}:${p.count}`).sort());
    expect(await page.getByTestId("cooccurrence-legend").count()).toBe(1);
    expect(steps).toBeLessThanOrEqual(3);
    await shots(page, "cooccurrence");
    expect(errors).toEqual([]);
  });

  it("shows the years and provinces where 拿地即开工 appears in 2 interactions", async () => {
    const using = explorer.fixture.real.filter((f) =>
      f.relationships.some((r) => r.type === "FEATURES" && r.to === LAND),
    );
    const { page, errors } = await explorer.open();
    let steps = 0;
    await page.getByTestId("tab-profile").click();
    steps++;
    await page.getByTestId("profile-measure").selectOption(LAND);
    steps++;
    await page.getByTestId("profile-spread").waitFor();
    const cells = await page
      .getByTestId("spread-cell")
      .evaluateAll((els) => els.map((e) => `${(e as SVGElement).dataset.year}|${(e as SVGElement).dataset.province}`));
    const expected = new Set(using.map((f) => `${f.case.year ?? "unknown"}|${provinceOf(f)?.id ?? "unknown"}`));
    expect(new Set(cells)).toEqual(expected);
    expect(await page.getByTestId("profile-case-count").textContent()).toBe(String(using.length));
    expect(await page.getByTestId("profile-use").count()).toBe(using.length);
    const years = using.map((f) => f.case.year).filter((y): y is number => y !== null);
    if (years.length > 0)
      expect(await page.getByTestId("spread-first").textContent()).toContain(String(Math.min(...years)));
    expect(steps).toBeLessThanOrEqual(3);
    await shots(page, "profile");
    expect(errors).toEqual([]);
  });

  it("names the departments in more than one task force in 1 interaction", async () => {
    const expected = expectedSharedDepartments(explorer.fixture.real);
    const { page, errors } = await explorer.open();
    let steps = 0;
    await page.getByTestId("tab-taskforces").click();
    steps++;
    await page.getByTestId("taskforce-coverage").waitFor();
    expect(expected.length).toBeGreaterThan(0);
    expect((await ids(page, "shared-department")).sort()).toEqual(expected.map((e) => e.id));
    for (const e of expected) {
      const row = page.locator(`[data-testid="shared-department"][data-id="${e.id}"]`);
      expect(await row.textContent()).toContain(` · ${e.taskForces.length}: `);
    }
    const withTaskForce = new Set(
      explorer.fixture.real.filter((f) => f.nodes.some((n) => n.label === "TaskForce")).map((f) => f.case.id),
    );
    expect(Number(await page.getByTestId("coverage-mention").textContent())).toBeGreaterThanOrEqual(withTaskForce.size);
    expect(steps).toBeLessThanOrEqual(3);
    await page.getByTestId("taskforce-member").first().click();
    await page.getByTestId("member-evidence").waitFor();
    await shots(page, "taskforces-coverage");
    expect(errors).toEqual([]);
  });
});
