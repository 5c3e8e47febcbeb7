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

  it("takes a project that an amount with 的 introduces, keeps a size in its name, and skips counts of projects", () => {
    expect(keysOf("由远山客商投资1亿元的青禾竹业项目，新建2万亩高产茶园基地项目", "project")).toEqual([
      "青禾竹业项目",
      "2万亩高产茶园基地项目",
    ]);
    expect(keysOf("其中包括3个百亿项目，各个园区内项目建设热潮不减", "project")).toEqual([]);
  });

  it("reads a named centre or base as a project when it is invested in or started", () => {
    expect(keysOf("促成总投资12亿元的白石文化会展中心开工建设。园区研发中心对外开放", "project")).toEqual([
      "白石文化会展中心",
    ]);
  });

  it("joins a firm's name across a page break and cuts it after a list joiner", () => {
    expect(keysOf("投资1亿元的江西远山\n机械有限公司", "company")).toEqual(["江西远山机械有限公司"]);
    expect(keysOf("与青禾集团总投资6亿元的发电项目和深圳白石集团签约", "company")).toEqual([
      "青禾集团",
      "深圳白石集团",
    ]);
  });

  it("never builds a pattern from a brand that is not two ideographs", () => {
    expect(() => findEntities(prepareText("内蒙古(北京)科技有限公司与内蒙古科技"))).not.toThrow();
  });

  it("keeps one firm for a name inside a longer one, and a bracketed seat inside the name", () => {
    expect(keysOf("青禾集团新能源汽车有限公司投产", "company")).toEqual(["青禾集团新能源汽车有限公司"]);
    expect(keysOf("已有白石高科(北京)科技有限公司入驻", "company")).toEqual(["白石高科(北京)科技有限公司"]);
  });

  it("reads a firm that an amount introduces and that moves in, and brands listed before a descriptor", () => {
    expect(keysOf("投资10亿元的青禾新材开建", "company")).toEqual(["青禾新材"]);
    expect(keysOf("积极引进、培育青禾糖业等精深加工企业", "company")).toEqual(["青禾糖业"]);
    expect(keysOf("前往深圳、广州等重点城市拜访企业", "company")).toEqual([]);
  });

  it("reads a centre that the text says was brought in or built as a project", () => {
    expect(keysOf("投资建设了我旗招商引资孵化基地。", "project")).toEqual(["招商引资孵化基地"]);
  });
});
