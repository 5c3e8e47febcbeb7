import { describe, expect, it } from "vitest";
import { describeLocator, measureById, parseLocator } from "../../graph-schema/index.ts";
import { downloadFrom, polling, screenshot } from "./browser.ts";
import { parseCsv } from "./csv.ts";
import { seedFacts } from "./seed-facts.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer();
const MEASURE = "measure:proxy-service";
const DINGHAI = "case:dinghai-2022-03";

function readableSection(section: string): string {
  const parsed = parseLocator(section);
  if (!parsed.ok) throw new Error(`not a locator: ${section}`);
  return describeLocator(parsed.locator, "zh");
}

describe("graph view in Chromium", () => {
  it("finds 代办帮办 through search and shows the Dinghai case among its relationships with evidence", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const measureName = measureById.get(MEASURE)?.name ?? "";
    const dinghai = facts.caseFile(DINGHAI);
    const features = facts.relationship(dinghai, "FEATURES", DINGHAI, MEASURE);
    const { page, errors } = await explorer.open();
    await page.getByTestId("graph-svg").locator("circle").first().waitFor();

    await page.getByTestId("search-input").fill(measureName);
    const suggestion = page.locator(`[data-testid="search-suggestion"][data-id="${MEASURE}"]`);
    await suggestion.click();

    expect(new URL(page.url()).searchParams.get("sel")).toBe(MEASURE);
    const panel = page.getByTestId("details-panel");
    await expect.poll(() => panel.isVisible(), polling).toBe(true);
    expect(await page.getByTestId("details-title").textContent()).toBe(measureName);
    const relationships = panel.getByTestId("details-relationship");
    await relationships.first().waitFor();

    const item = relationships.filter({ hasText: dinghai.case.name });
    expect(await item.count()).toBe(1);
    const provenance = await item.getByTestId("details-provenance").textContent();
    expect(provenance).toContain(dinghai.case.name);
    expect(provenance).toContain(readableSection(features.section));
    expect(provenance).toContain(features.evidence);
    // Every real case that features the measure is listed, each with its own evidence.
    const listed = await relationships.allTextContents();
    for (const file of facts.casesFeaturing(MEASURE)) {
      const evidence = facts.relationship(file, "FEATURES", file.case.id, MEASURE).evidence;
      expect(listed.some((text) => text.includes(file.case.name) && text.includes(evidence))).toBe(true);
    }
    await screenshot(page, "graph-details");
    expect(errors).toEqual([]);
  });

  it("reopens a shared graph link with the same selection, hidden types and tab", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const dinghai = facts.caseFile(DINGHAI);
    const company = dinghai.nodes.find((n) => n.label === "Company");
    const first = await explorer.open(`sel=${DINGHAI}`);
    await first.page.getByTestId("graph-svg").locator("circle").first().waitFor();
    await first.page.getByTestId("type-filter-Company").uncheck();
    await first.page.getByTestId("type-filter-Park").uncheck();
    const shared = new URL(first.page.url());
    expect(shared.searchParams.get("hide")?.split(",").sort()).toEqual(["Company", "Park"]);

    const { page, errors } = await explorer.open(shared.search);
    const svg = page.getByTestId("graph-svg");
    await svg.locator(`circle[data-id="${DINGHAI}"]`).waitFor();
    expect(await page.getByTestId("tab-graph").getAttribute("aria-selected")).toBe("true");
    expect(await page.getByTestId("details-title").textContent()).toBe(dinghai.case.name);
    expect(await page.getByTestId("type-filter-Company").isChecked()).toBe(false);
    expect(await page.getByTestId("type-filter-Park").isChecked()).toBe(false);
    expect(await page.getByTestId("type-filter-Measure").isChecked()).toBe(true);
    expect(await svg.locator(`circle[data-id="${company?.id}"]`).count()).toBe(0);
    expect(await svg.locator(`circle[data-id="${MEASURE}"]`).count()).toBe(1);
    await screenshot(page, "graph");
    expect(errors).toEqual([]);
  });

  it("exports the graph's links as CSV with each link's case, section and evidence", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const dinghai = facts.caseFile(DINGHAI);
    const features = facts.relationship(dinghai, "FEATURES", DINGHAI, MEASURE);
    const { page, errors } = await explorer.open("all=1");
    await page.getByTestId("graph-svg").locator("circle").first().waitFor();
    const [header, ...rows] = parseCsv((await downloadFrom(page, "export-csv-links")).bytes.toString("utf8"));
    expect(header).toHaveLength(7);
    const row = rows.find((r) => r[0] === DINGHAI && r[1] === MEASURE && r[2] === "FEATURES");
    expect(row?.slice(3)).toEqual([DINGHAI, dinghai.case.title, features.section, features.evidence]);
    // The default graph holds the real cases only.
    const synthetic = new Set(explorer.fixture.synthetic.map((f) => f.case.id));
    expect(rows.filter((r) => synthetic.has(r[3] ?? "")).length).toBe(0);
    expect(new Set(rows.map((r) => r[3]).filter(Boolean)).size).toBe(explorer.fixture.real.length);
    expect(errors).toEqual([]);
  });
});
