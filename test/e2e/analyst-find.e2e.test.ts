import { describe, expect, it } from "vitest";
import {
  type CaseFile,
  describeLocator,
  parseLocator,
  type RelationshipType,
  relationLabel,
} from "../../graph-schema/index.ts";
import { polling, screenshot } from "./browser.ts";
import { seedFacts } from "./seed-facts.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer(6);
const DINGHAI = "case:dinghai-2022-03";

/** Names a case picker searches: the case's name and aliases, its companies and projects. */
const pickerTexts = (f: CaseFile) => [
  f.case.name,
  ...(f.case.aliases ?? []),
  ...f.nodes.filter((n) => n.label === "Company" || n.label === "Project").map((n) => n.name),
];

/** Prose the search box reads besides names: summary, outcomes and every relationship's evidence. */
const proseTexts = (f: CaseFile) => [
  f.case.title,
  f.case.summary,
  ...f.nodes.flatMap((n) => ("text" in n ? [String(n.text)] : [])),
  ...f.relationships.map((r) => r.evidence),
];

const readable = (section: string) => {
  const parsed = parseLocator(section);
  if (!parsed.ok) throw new Error(`not a locator: ${section}`);
  return describeLocator(parsed.locator, "zh");
};

describe("finding a case and reading its evidence, in Chromium", () => {
  it("a case picker finds the Dinghai case by its company 聚泰, listed by its one short name", async () => {
    const byName = explorer.fixture.real.filter((f) => pickerTexts(f).some((t) => t.includes("聚泰")));
    expect(byName.map((f) => f.case.id)).toContain(DINGHAI);
    const expected = explorer.fixture.real.filter((f) =>
      [...pickerTexts(f), ...proseTexts(f)].some((t) => t.includes("聚泰")),
    );
    const { page, errors } = await explorer.open("v=compare");
    await page.getByTestId("compare-a-input").fill("聚泰");
    const suggestions = page.getByTestId("compare-a-suggestion");
    await suggestions.first().waitFor();
    const ids = await suggestions.evaluateAll((items) => items.map((i) => i.getAttribute("data-id")));
    expect([...ids].sort()).toEqual(expected.map((f) => f.case.id).sort());
    // Cases named by 聚泰 (their own name, a company or project) come before those whose prose only mentions it.
    expect(new Set(ids.slice(0, byName.length))).toEqual(new Set(byName.map((f) => f.case.id)));
    const dinghai = seedFacts(explorer.fixture.real).caseFile(DINGHAI);
    const item = page.locator(`[data-testid="compare-a-suggestion"][data-id="${DINGHAI}"]`);
    expect(await item.locator(".hit-name").textContent()).toBe(dinghai.case.name);
    await item.click();
    expect(new URL(page.url()).searchParams.get("a")).toBe(DINGHAI);
    await screenshot(page, "case-picker");
    expect(errors).toEqual([]);
  });

  for (const text of ["渭南", "静默"]) {
    it(`the search box finds the cases whose summary, outcomes or evidence mention ${text}`, async () => {
      const expected = explorer.fixture.real.filter((f) => proseTexts(f).some((t) => t.includes(text)));
      expect(expected.map((f) => f.case.id)).toContain(DINGHAI);
      const { page, errors } = await explorer.open();
      await page.getByTestId("search-input").fill(text);
      const suggestions = page.getByTestId("search-suggestion");
      await suggestions.first().waitFor();
      for (const f of expected) {
        const item = page.locator(`[data-testid="search-suggestion"][data-id="${f.case.id}"]`);
        await expect.poll(() => item.count(), polling).toBe(1);
        expect(await item.getByTestId("search-match").textContent()).toContain(text);
      }
      expect(errors).toEqual([]);
    });
  }

  it("a task force's details name its links in Chinese with case, readable locator, source and badge", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const dinghai = facts.caseFile(DINGHAI);
    const taskForce = dinghai.nodes.find((n) => n.label === "TaskForce");
    if (!taskForce) throw new Error("the Dinghai case has no task force");
    const links = dinghai.relationships.filter((r) => r.from === taskForce.id || r.to === taskForce.id);
    const source = dinghai.nodes.find((n) => n.label === "Source" && "reliability" in n && n.reliability === "gov");
    const { page, errors } = await explorer.open(`sel=${encodeURIComponent(taskForce.id)}`);
    const panel = page.getByTestId("details-panel");
    await panel.getByTestId("details-relationship").first().waitFor();
    const text = (await panel.textContent()) ?? "";
    for (const link of links) {
      const direction = link.from === taskForce.id ? "out" : "in";
      expect(text).toContain(relationLabel(link.type as RelationshipType, direction, "zh"));
      expect(text).toContain(readable(link.section));
      expect(text).toContain(link.evidence);
    }
    expect(text).toContain(dinghai.case.name);
    if (source && "title" in source && source.title) expect(text).toContain(source.title);
    expect(await panel.getByTestId("reliability-badge").first().textContent()).toBe("政府");
    expectNoInternals(text, taskForce.id, links);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, "details-zh-1440");
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, "details-zh-800");
    expect(errors).toEqual([]);
  });

  it("a case's sources link to their pages with a reliability badge each", async () => {
    const dinghai = seedFacts(explorer.fixture.real).caseFile(DINGHAI);
    const withUrl = dinghai.nodes.filter((n) => n.label === "Source" && "url" in n && n.url);
    expect(withUrl.length).toBeGreaterThan(0);
    const { page, errors } = await explorer.open(`sel=${encodeURIComponent(DINGHAI)}`);
    const panel = page.getByTestId("details-panel");
    await panel.getByTestId("details-relationship").first().waitFor();
    const hrefs = await panel
      .getByTestId("source-link")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const source of withUrl) expect(hrefs).toContain("url" in source ? source.url : "");
    const badges = new Set(await panel.getByTestId("reliability-badge").allTextContents());
    expect(badges).toEqual(new Set(["政府", "转载"]));
    expectNoInternals(
      (await panel.textContent()) ?? "",
      DINGHAI,
      dinghai.relationships.filter((r) => r.from === DINGHAI),
    );
    await screenshot(page, "details-case-zh-1440");
    const en = await explorer.open(`sel=${encodeURIComponent(DINGHAI)}&lang=en`);
    await en.page.getByTestId("details-panel").getByTestId("details-relationship").first().waitFor();
    const enText = (await en.page.getByTestId("details-panel").textContent()) ?? "";
    expect(enText).toContain("Government");
    await screenshot(en.page, "details-case-en-1440");
    await en.page.setViewportSize({ width: 800, height: 900 });
    await screenshot(en.page, "details-case-en-800");
    expect(errors).toEqual([]);
  });
});

function expectNoInternals(text: string, id: string, links: readonly { type: string }[]): void {
  for (const internal of ["regionPath", "loadedAt", "synthetic", "flagsJson", ".json", "sheet ", " › ", id]) {
    expect(text).not.toContain(internal);
  }
  for (const type of new Set(links.map((l) => l.type))) expect(text).not.toContain(type);
}
