import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getJson } from "../api-client.ts";
import { polling, screenshot } from "./browser.ts";
import { inventedCaseText } from "./invented-case.ts";
import { useExplorer } from "./setup.ts";

const TOKEN = "e2e-import-token-0123456789";
const explorer = useExplorer(2, { API_TOKEN: TOKEN });
const SLUG = "qingwan-battery-2023";
const CASE_ID = `case:${SLUG}`;
const TITLE = "青湾区全程代办助力电池项目拿地即开工";
const COMPANY = "江澜新能源科技有限公司";

const item = (page: Page, type: string, key: string) =>
  page.locator(`[data-testid="import-item"][data-type="${type}"][data-key="${key}"]`);
const inputError = (page: Page) => page.locator('[data-testid="import-error"][data-scope="input"]');
const loadError = (page: Page) => page.locator('[data-testid="import-error"][data-scope="load"]');
const stats = async () => (await getJson(explorer.baseUrl, "/api/stats")).body;

interface CaseDetail {
  case: { title: string };
  measures: { id: string }[];
  departments: { id: string; kind: string }[];
}

describe("import page in Chromium", () => {
  it("refuses empty text and a GBK file with a clear message, and extracts nothing", async () => {
    const { page, errors } = await explorer.open("v=import");
    await page.getByTestId("import-extract").click();
    await expect.poll(() => inputError(page).textContent(), polling).toContain("文本为空");

    // 全程代办帮办 in GBK, as a Chinese office's editor would save it.
    const gbk = Buffer.from([0xc8, 0xab, 0xb3, 0xcc, 0xb4, 0xfa, 0xb0, 0xec, 0xb0, 0xef, 0xb0, 0xec]);
    expect(new TextDecoder("gbk").decode(gbk)).toBe("全程代办帮办");
    await page.getByTestId("import-file").setInputFiles({ name: "case-gbk.txt", mimeType: "text/plain", buffer: gbk });
    await expect.poll(() => inputError(page).textContent(), polling).toContain("UTF-8");
    expect(await page.getByTestId("import-text").inputValue()).toBe("");
    expect(await page.getByTestId("import-item").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("extracts, reviews and loads an invented case, which the graph shows at once", async () => {
    const { page, errors } = await explorer.open("v=import");
    await page.getByTestId("import-text").fill(inventedCaseText);
    await page.getByTestId("import-extract").click();
    await item(page, "measure", "measure:proxy-service").waitFor();
    await screenshot(page, "import-extracted");

    // Every finding is marked in the text; candidates and nested findings included.
    for (const key of ["measure:proxy-service", "measure:land-to-construction", "measure:incomplete-acceptance"])
      expect(await page.locator(`[data-testid="import-mark"][data-key="${key}"]`).count()).toBeGreaterThan(0);
    const companyMark = page.locator('[data-testid="import-mark"][data-type="company"]');
    expect(await companyMark.textContent()).toBe(COMPANY);
    expect(await page.locator('[data-testid="import-item"][data-type="taskforce"]').textContent()).toContain(
      "江澜电池项目推进专班",
    );
    // Clicking a mark selects its row.
    await companyMark.click();
    const companyRow = page.locator('[data-testid="import-item"][data-type="company"]');
    await expect.poll(() => companyRow.getAttribute("class"), polling).toContain("selected");

    // Reject 每周调度 (read as a coordination meeting): its mark is struck through and its link leaves the file.
    const weekly = item(page, "measure", "measure:coordination-meeting");
    await weekly.getByTestId("import-item-reject").click();
    expect(await weekly.getAttribute("data-status")).toBe("rejected");
    expect(
      await page.locator('[data-testid="import-mark"][data-key="measure:coordination-meeting"]').getAttribute("class"),
    ).toContain("rejected");

    // Add a member department the extractor could not know about.
    await page.getByTestId("import-add-member-kind").selectOption("commerce");
    await page.getByTestId("import-add-member-name").fill("青湾区商务局");
    await page.getByTestId("import-add-member-section").fill("主要做法");
    await page.getByTestId("import-add-member-evidence").fill("商务局加入专班负责招商对接");
    await page.getByTestId("import-add-member").click();
    await page.getByTestId("import-added").getByText("青湾区商务局").waitFor();
    await screenshot(page, "import-items");

    await page.getByTestId("import-case-title").fill(TITLE);
    await page.getByTestId("import-case-slug").fill(SLUG);
    await page.getByTestId("import-case-regionName").fill("青湾区");
    // Loading waits until every 待改写 snippet and the draft summary are rewritten.
    expect(await page.getByTestId("import-load").isDisabled()).toBe(true);
    await page.getByTestId("import-case-summary").fill("青湾区以专班和全程代办推动电池项目签约后45天开工。");
    const inputs = page.getByTestId("import-evidence-input");
    const count = await inputs.count();
    for (let i = 0; i < count; i++) await inputs.nth(i).fill(`审核转述：第${i + 1}条关系由审核人概括。`);
    expect(await page.getByTestId("import-evidence-count").textContent()).not.toContain("待改写");
    await expect.poll(() => page.getByTestId("import-load").isDisabled(), polling).toBe(false);
    await screenshot(page, "import-review");

    // A wrong token: a clear 401, and the graph is unchanged.
    const before = await stats();
    await page.getByTestId("import-token").fill("not-the-token");
    await page.getByTestId("import-load").click();
    await expect.poll(() => loadError(page).textContent(), polling).toContain("401");
    expect(await page.getByTestId("import-result").isVisible()).toBe(false);
    expect(await stats()).toEqual(before);
    await loadError(page).scrollIntoViewIfNeeded();
    await screenshot(page, "import-wrong-token");

    await page.getByTestId("import-token").fill(TOKEN);
    await page.getByTestId("import-load").click();
    await expect.poll(() => page.getByTestId("import-result-id").textContent(), polling).toBe(CASE_ID);
    expect(await loadError(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => sessionStorage.getItem("policy-graph.api-token"))).toBe(TOKEN);

    const detail = (await getJson<CaseDetail>(explorer.baseUrl, `/api/cases/${encodeURIComponent(CASE_ID)}`)).body;
    expect(detail.case.title).toBe(TITLE);
    const measures = detail.measures.map((m) => m.id);
    expect(measures).toEqual(expect.arrayContaining(["measure:proxy-service", "measure:land-to-construction"]));
    expect(measures).not.toContain("measure:coordination-meeting");
    expect(detail.departments.map((d) => d.kind)).toEqual(expect.arrayContaining(["commerce", "development-reform"]));
    expect((await stats()).cases).toMatchObject({ real: (before.cases as { real: number }).real + 1 });

    // The graph view shows the new case straight away, and the top bar's search finds it and its company.
    await page.getByTestId("import-open-case").click();
    await expect.poll(() => page.getByTestId("details-title").textContent(), polling).toBe(TITLE);
    expect(new URL(page.url()).searchParams.get("sel")).toBe(CASE_ID);
    await page.getByTestId("search-input").fill("江澜新能源");
    await page.locator(`[data-testid="search-suggestion"][data-id="company:${SLUG}-c1"]`).waitFor(polling);
    await page.getByTestId("search-input").fill("青湾区全程代办");
    await page.locator(`[data-testid="search-suggestion"][data-id="${CASE_ID}"]`).waitFor(polling);
    await screenshot(page, "import-loaded");
    // Chromium logs every non-2xx response; the 401 above was the point of the wrong token.
    expect(errors.filter((e) => !e.includes("status of 401"))).toEqual([]);
  });
});
