import { describe, expect, it } from "vitest";
import { findEntities } from "./entities.ts";
import { prepareText } from "./text.ts";

const keysOf = (text: string, type: string) =>
  findEntities(prepareText(text))
    .filter((f) => f.type === type)
    .map((f) => f.key);

describe("findEntities", () => {
  it("cuts company names after verbs, 企业 and 原, and before the province that starts the firm's name", () => {
    expect(keysOf("需先收回原青州恒远化工有限公司地块。", "company")).toEqual(["青州恒远化工有限公司"]);
    expect(keysOf("专精特新企业远山精密公司投资的项目", "company")).toEqual(["远山精密公司"]);
    expect(keysOf("北湖食品产业园福建青禾园区管理有限公司总经理说", "company")).toEqual(["福建青禾园区管理有限公司"]);
  });

  it("reads firms named by brand in a list closed by 等…企业", () => {
    expect(keysOf("先后考察了青禾电子、远山新材料、白石精工等3家企业。", "company")).toEqual([
      "青禾电子",
      "远山新材料",
      "白石精工",
    ]);
  });

  it("names projects by what they make, without the amount or the owner before them", () => {
    expect(keysOf("计划投资35亿5GW异质结电池项目，因用地需要", "project")).toEqual(["5GW异质结电池项目"]);
    expect(keysOf("由青禾集团投资2亿元的白石食品项目，鼎源内饰件生产项目二期计划投资2亿元", "project")).toEqual([
      "白石食品项目",
      "鼎源内饰件生产项目二期",
    ]);
    expect(keysOf("显著提升项目落地效率，其中制造业项目94个，重点项目10个，园区项目办", "project")).toEqual([]);
  });
});
