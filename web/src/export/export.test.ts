import { describe, expect, it } from "vitest";
import { link, node } from "../graph/test-fixtures.ts";
import { csvField, toCsv } from "./csv.ts";
import { fileName } from "./download.ts";
import { toGraphml } from "./graphml.ts";

describe("CSV", () => {
  it("quotes only when needed", () => {
    expect(csvField("代办帮办")).toBe("代办帮办");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(null)).toBe("");
    expect(csvField(3)).toBe("3");
  });

  it("writes a BOM, a header and CRLF rows", () => {
    const csv = toCsv({
      name: "t",
      columns: [
        { key: "a", label: "名称" },
        { key: "n", label: "n", numeric: true },
      ],
      rows: [
        ["甲", 1],
        ["乙,丙", null],
      ],
    });
    expect(csv).toBe('\uFEFF名称,n\r\n甲,1\r\n"乙,丙",\r\n');
    expect(toCsv({ name: "t", columns: [], rows: [] }, false)).toBe("\r\n");
  });
});

describe("GraphML", () => {
  it("writes nodes and edges with escaped attributes and provenance", () => {
    const xml = toGraphml([node("a", "Case"), { ...node("b"), name: "A&B <c>" }], [link("a", "b")]);
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
    expect(xml).toContain('<key id="e_evidence" for="edge" attr.name="evidence" attr.type="string"/>');
    expect(xml).toContain('<node id="a"><data key="n_type">Case</data>');
    expect(xml).toContain("A&amp;B &lt;c&gt;");
    expect(xml).toContain(
      '<edge id="a-b" source="a" target="b"><data key="e_type">FEATURES</data><data key="e_caseId">case:a</data><data key="e_section">做法</data><data key="e_evidence">代办帮办</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(2);
  });
});

describe("file names", () => {
  it("stamp the view and time", () => {
    expect(fileName("graph", "png", new Date(2025, 0, 2, 3, 4))).toBe("policy-graph-graph-20250102-0304.png");
  });
});
