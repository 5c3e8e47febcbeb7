import { describe, expect, it } from "vitest";
import { measureById } from "../../graph-schema/index.ts";
import { polling, screenshot } from "./browser.ts";
import { seedFacts } from "./seed-facts.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer();
const DINGHAI = "case:dinghai-2022-03";
const XIAOSHA = "case:dinghai-xiaosha-2023";
const TASK_FORCE = "taskforce:dinghai-2022-03:jutai";
const MEASURE = "measure:proxy-service";

const featured = (files: ReturnType<typeof seedFacts>, ids: string[]) =>
  new Set(ids.flatMap((id) => files.relationships(files.caseFile(id), (r) => r.type === "FEATURES").map((r) => r.to)));

describe("explorer views in Chromium", () => {
  it("shows the Dinghai project task force with its member departments and leader role", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const dinghai = facts.caseFile(DINGHAI);
    const members = facts.relationships(dinghai, (r) => r.type === "MEMBER_OF" && r.to === TASK_FORCE);
    const [leader] = facts.relationships(dinghai, (r) => r.type === "LED_BY" && r.from === TASK_FORCE);
    const role = leader?.type === "LED_BY" ? leader.role : "";
    expect(members.length).toBe(7);
    expect(role).toContain("区委常委");
    const { page, errors } = await explorer.open("v=recurrence");
    await page.getByTestId("tab-taskforces").click();

    const item = page.locator(`[data-testid="taskforce-item"][data-id="${TASK_FORCE}"]`);
    await item.waitFor();
    await item.getByRole("button", { name: facts.nodeName(dinghai, TASK_FORCE) }).click();
    await expect.poll(() => item.getAttribute("class"), polling).toContain("selected");
    expect(new URL(page.url()).searchParams.get("tf")).toBe(TASK_FORCE);
    expect(await item.textContent()).toContain(dinghai.case.name);
    const memberIds = await item.getByTestId("taskforce-member").evaluateAll((els) => els.map((e) => e.dataset.id));
    expect(memberIds.sort()).toEqual(members.map((r) => r.from).sort());
    for (const r of members) expect(await item.textContent()).toContain(facts.nodeName(dinghai, r.from));
    const lead = item.getByTestId("taskforce-leader");
    expect(await lead.getAttribute("data-id")).toBe(leader?.to);
    expect(await lead.textContent()).toContain(role);
    // The Sankey highlights the same task force.
    expect(await page.locator(".flow-node.selected").textContent()).toBe(facts.nodeName(dinghai, TASK_FORCE));
    await screenshot(page, "taskforces");
    expect(errors).toEqual([]);
  });

  it("reopens a shared recurrence link with the same category filter and selected measure", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const category = measureById.get(MEASURE)?.category ?? "";
    const first = await explorer.open("v=recurrence");
    await first.page.getByTestId("recurrence-chart").waitFor();
    await first.page.getByTestId("filter-category").selectOption(category);
    await first.page.locator(`[data-testid="recurrence-bar"][data-id="${MEASURE}"]`).click();
    await first.page.getByTestId("recurrence-cases").waitFor();
    const shared = new URL(first.page.url());
    expect(shared.searchParams.get("cat")).toBe(category);
    expect(shared.searchParams.get("m")).toBe(MEASURE);

    const { page, errors } = await explorer.open(shared.search);
    await page.getByTestId("recurrence-cases").waitFor();
    expect(await page.getByTestId("tab-recurrence").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.getByTestId("filter-category").inputValue(), polling).toBe(category);
    const bars = await page.getByTestId("recurrence-bar").evaluateAll((els) => els.map((e) => e.dataset.id ?? ""));
    const realIds = explorer.fixture.real.map((f) => f.case.id);
    const expected = [...featured(facts, realIds)].filter((id) => measureById.get(id)?.category === category);
    expect(bars.sort()).toEqual(expected.sort());
    expect(await page.locator(`[data-testid="recurrence-bar"][data-id="${MEASURE}"]`).getAttribute("class")).toContain(
      "selected",
    );
    const listed = await page.getByTestId("recurrence-case").allTextContents();
    expect(listed.sort()).toEqual(
      facts
        .casesFeaturing(MEASURE)
        .map((f) => f.case.name)
        .sort(),
    );
    await screenshot(page, "recurrence");
    expect(errors).toEqual([]);
  });

  it("sizes the co-occurrence matrix to the space with readable labels", async () => {
    const realIds = explorer.fixture.real.map((f) => f.case.id);
    const measures = featured(seedFacts(explorer.fixture.real), realIds);
    const { page, errors } = await explorer.open("v=cooccurrence&min=1");
    const matrix = page.getByTestId("cooccurrence-matrix");
    await matrix.waitFor();
    const sizes = async () =>
      matrix.evaluate((svg) => ({
        rows: svg.querySelectorAll(".row-label").length,
        cell: Number(svg.querySelector(".cell")?.getAttribute("width")) + 1,
        fonts: [...svg.querySelectorAll("text")].map((t) => Number(t.getAttribute("font-size"))),
        width: Number(svg.getAttribute("width")),
        room: svg.parentElement?.clientWidth ?? 0,
      }));
    const all = await sizes();
    expect(all.rows).toBe(measures.size);
    expect(all.cell).toBeGreaterThanOrEqual(12);
    expect(Math.min(...all.fonts)).toBeGreaterThanOrEqual(11);
    expect(Math.max(...all.fonts)).toBeLessThanOrEqual(all.cell);
    await screenshot(page, "cooccurrence");

    // Fewer measures (pairs seen in at least 3 cases) get bigger cells in the same space.
    await page.getByTestId("filter-min-count").fill("3");
    await page.getByTestId("filter-min-count").press("Enter");
    await expect.poll(async () => (await sizes()).rows, polling).toBeLessThan(all.rows);
    const few = await sizes();
    expect(few.cell).toBeGreaterThan(all.cell);
    expect(few.width).toBeLessThanOrEqual(few.room);
    expect(errors).toEqual([]);
  });

  it("compares two Dinghai cases: shared measures as in the seed files", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const a = featured(facts, [DINGHAI]);
    const b = featured(facts, [XIAOSHA]);
    const { page, errors } = await explorer.open(`v=compare&a=${DINGHAI}&b=${XIAOSHA}`);
    await page.getByTestId("compare-chart").waitFor();
    const names = (side: string) => page.getByTestId(`compare-measure-${side}`).locator("text").allTextContents();
    const name = (id: string) => measureById.get(id)?.name ?? id;
    expect((await names("shared")).sort()).toEqual(
      [...a]
        .filter((id) => b.has(id))
        .map(name)
        .sort(),
    );
    expect((await names("onlyB")).sort()).toEqual(
      [...b]
        .filter((id) => !a.has(id))
        .map(name)
        .sort(),
    );
    expect(await page.getByTestId("compare-measure-onlyA").count()).toBe([...a].filter((id) => !b.has(id)).length);
    await screenshot(page, "compare");
    expect(errors).toEqual([]);
  });

  it("mirrors the recurrence chart as a sortable table", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const { page, errors } = await explorer.open("v=recurrence&table=1");
    const table = page.getByTestId("table-mirror");
    await table.locator("tbody tr").first().waitFor();
    const row = table.locator("tbody tr").filter({ hasText: MEASURE });
    const cells = await row.locator("td").allTextContents();
    expect(cells).toContain(measureById.get(MEASURE)?.name);
    expect(cells).toContain(String(facts.casesFeaturing(MEASURE).length));
    await screenshot(page, "recurrence-table");
    expect(errors).toEqual([]);
  });
});
