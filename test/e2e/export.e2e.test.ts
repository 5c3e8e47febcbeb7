import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { measureById } from "../../graph-schema/index.ts";
import { downloadFrom, outputDir, pngSize } from "./browser.ts";
import { parseCsv } from "./csv.ts";
import { seedFacts } from "./seed-facts.ts";
import { useExplorer } from "./setup.ts";

const explorer = useExplorer();
const MEASURE = "measure:proxy-service";

/** Every measure some real case features: the bars of the unfiltered recurrence chart. */
const featuredMeasures = () =>
  new Set(explorer.fixture.real.flatMap((f) => f.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to)));

describe("exports from Chromium", () => {
  it("exports the recurrence chart as SVG with its Chinese labels, as a large PNG and as CSV", async () => {
    const facts = seedFacts(explorer.fixture.real);
    const { page, errors } = await explorer.open("v=recurrence");
    const chart = page.getByTestId("recurrence-chart");
    await chart.waitFor();
    const chartWidth = Number(await chart.getAttribute("width"));
    const chartHeight = Number(await chart.getAttribute("height"));

    const svg = await downloadFrom(page, "export-svg");
    expect(svg.name).toMatch(/^policy-graph-recurrence-.*\.svg$/);
    const text = svg.bytes.toString("utf8");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain("Noto Sans CJK SC");
    for (const id of featuredMeasures()) expect(text).toContain(`>${measureById.get(id)?.name}<`);
    // Standalone: styles are inlined and no class is left to depend on our stylesheet.
    expect(text).not.toContain('class="');

    const png = await downloadFrom(page, "export-png");
    expect(png.name).toMatch(/\.png$/);
    writeFileSync(path.join(outputDir, "export-recurrence.png"), png.bytes);
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThan(1000);
    // Rasterised at 3× the chart's own size.
    expect(size.width).toBe(Math.round(chartWidth * 3));
    expect(size.height).toBe(Math.round(chartHeight * 3));
    expect(png.bytes.length).toBeGreaterThan(20_000);

    const csv = await downloadFrom(page, "export-csv");
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(csv.bytes.toString("utf8"));
    expect(header).toHaveLength(6);
    expect(header?.at(-1)).toBe("id");
    expect(rows.map((r) => r.at(-1)).sort()).toEqual([...featuredMeasures()].sort());
    const row = rows.find((r) => r.at(-1) === MEASURE) ?? [];
    const featuring = facts.casesFeaturing(MEASURE);
    expect(row[0]).toBe(measureById.get(MEASURE)?.name);
    expect(Number(row[2])).toBe(featuring.length);
    expect(Number(row[3])).toBeCloseTo(featuring.length / explorer.fixture.real.length, 2);
    for (const file of featuring) expect(row[4]).toContain(file.case.name);
    expect(errors).toEqual([]);
  });

  it("exports the co-occurrence matrix as SVG with its labels and its pairs as CSV", async () => {
    const { page, errors } = await explorer.open("v=cooccurrence&min=1");
    await page.getByTestId("cooccurrence-matrix").waitFor();
    const svg = (await downloadFrom(page, "export-svg")).bytes.toString("utf8");
    for (const id of featuredMeasures()) expect(svg).toContain(`>${measureById.get(id)?.name}<`);
    const [header, ...rows] = parseCsv((await downloadFrom(page, "export-csv")).bytes.toString("utf8"));
    expect(header).toHaveLength(6);
    // Pairs from the files: two measures featured by the same real case.
    const proxy = measureById.get(MEASURE)?.name;
    const taskForce = measureById.get("measure:task-force")?.name;
    const together = explorer.fixture.real.filter((f) =>
      ["measure:proxy-service", "measure:task-force"].every((m) =>
        f.relationships.some((r) => r.type === "FEATURES" && r.to === m),
      ),
    );
    const pair = rows.find((r) => [r[0], r[1]].sort().join() === [proxy, taskForce].sort().join());
    expect(Number(pair?.[2])).toBe(together.length);
    expect(errors).toEqual([]);
  });
});
