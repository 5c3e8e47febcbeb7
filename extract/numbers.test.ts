import { describe, expect, it } from "vitest";
import { findFigures } from "./figures.ts";
import { parseNumeral } from "./numbers.ts";
import { prepareText } from "./text.ts";

describe("parseNumeral", () => {
  it.each([
    ["35", 35],
    ["3,500", 3500],
    ["209.37", 209.37],
    ["三十五", 35],
    ["十五", 15],
    ["四百一十", 410],
    ["四百零七", 407],
    ["六十", 60],
    ["一万五千", 15000],
    ["两千零八", 2008],
    ["二〇二三", 2023],
    ["半", 0.5],
  ])("%s → %d", (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it("rejects what is no numeral", () => {
    expect(parseNumeral("站")).toBeUndefined();
    expect(parseNumeral("")).toBeUndefined();
  });
});

function keysOf(text: string, type: "figure" | "date" | "duration") {
  return findFigures(prepareText(text))
    .filter((f) => f.type === type)
    .map((f) => f.key);
}

describe("findFigures", () => {
  it("reads figures written in Chinese numerals with the unit the case used", () => {
    const [investment, land] = findFigures(prepareText("计划总投资三十五亿元，用地四百一十亩。"));
    expect(investment?.figure).toMatchObject({ metric: "investment", value: 35, unit: "亿元" });
    expect(investment?.figure?.normalized).toEqual({ value: 3_500_000_000, unit: "yuan" });
    expect(land?.figure).toMatchObject({
      metric: "land",
      value: 410,
      unit: "亩",
      normalized: { value: 410, unit: "mu" },
    });
  });

  it("normalises capacity, floor area, power and unit counts", () => {
    const text = "年产20万吨/年正极材料，厂房12万平方米，产能10GW，年产汽车零部件50万套，另建200台套设备。";
    expect(keysOf(text, "figure")).toEqual(["200000 t/yr", "120000 m2", "10 GW", "500000 count", "200 count"]);
  });

  it("takes the metric and qualifier from the words around the number", () => {
    const [output] = findFigures(prepareText("投产后预计年产值超100亿元。"));
    expect(output?.figure).toMatchObject({ metric: "output", qualifier: "over" });
    const [tax] = findFigures(prepareText("年纳税2.5亿元"));
    expect(tax?.figure?.metric).toBe("tax");
  });

  it("reads durations, with 不到 before or after the number", () => {
    expect(keysOf("仅用4个月不到时间就签约，51天开工，不到两个月落地，第9天发证。", "duration")).toEqual([
      "4 month",
      "51 day",
      "2 month",
      "9 day",
    ]);
    const [under] = findFigures(prepareText("仅用4个月不到时间"));
    expect(under?.figure?.qualifier).toBe("under");
  });

  it("reads dates as stated, flags a year taken from the text before, and types the event", () => {
    const found = findFigures(prepareText("2023年2月22日考察，3月30日签订投资协议。二〇二三年五月有意落户。"));
    expect(
      found
        .filter((f) => f.type === "date")
        .map((f) => [f.key, f.figure?.date, f.figure?.yearInferred, f.figure?.metric]),
    ).toEqual([
      ["2023-02-22", "2023-02-22", undefined, undefined],
      ["--03-30", "2023-03-30", true, "signingDate"],
      ["2023-05", "2023-05", undefined, "landingDate"],
    ]);
  });

  it("keeps a day without any year in the text as an item without a date", () => {
    const [day] = findFigures(prepareText("9月29日，项目完成立项备案。"));
    expect(day).toMatchObject({ type: "date", key: "--09-29", figure: {} });
  });

  it("reads numeric dates, durations in days (3日办结) and workdays, ranges and plain counts", () => {
    expect(keysOf("发布时间:2024-06-11", "date")).toEqual(["2024-06-11"]);
    expect(keysOf("审批3日办结，用时3至7个工作日，节省2—3个月。", "duration").sort()).toEqual(
      ["3 day", "3 workday", "7 workday", "2 month", "3 month"].sort(),
    );
    expect(keysOf("12个科室、60余家企业、31名代办员，投资10亿元港币；四个先锋、第3个", "figure")).toEqual([
      "12 count",
      "60 count",
      "31 count",
      "1000000000 HKD",
    ]);
  });

  it("skips size classes and words that only look like figures", () => {
    expect(findFigures(prepareText("签约百亿级项目，打造百亿光伏基地，三元锂正极，另一家企业，2022年度"))).toEqual([]);
  });
});

describe("figures that report nothing", () => {
  it("skips numbers inside a quoted slogan and a time of day outside office hours", () => {
    const text = "梳理出“千亩熟地”和2250亩存量用地，开展“百个项目大比拼”，承诺八小时以外电话联系，用时3天。";
    const keys = findFigures(prepareText(text)).map((f) => f.key);
    expect(keys).toEqual(["2250 mu", "3 day"]);
  });

  it("reads ten thousands of pieces as a count", () => {
    expect(findFigures(prepareText("年产40万件精密零部件")).map((f) => f.key)).toEqual(["400000 count"]);
  });
});

describe("counts, days and dates in context", () => {
  const keys = (text: string) => findFigures(prepareText(text)).map((f) => f.key);

  it("counts squads and sets, not the tertiary sector, the next day or a service's hours", () => {
    expect(
      keys("组建5支招商小分队，只需提交1套材料，促进三次产业融合，第二天取得许可证，建成24小时不打烊服务区。"),
    ).toEqual(["5 count", "1 count"]);
  });

  it("keeps the day of 去年12月26日 without inventing a year for its key", () => {
    expect(keys("去年12月26日，项目通过核准。")).toEqual(["--12-26"]);
  });
});
