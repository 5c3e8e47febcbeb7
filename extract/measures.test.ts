import { describe, expect, it } from "vitest";
import { lexicon } from "./lexicon.ts";
import { findMeasures } from "./measures.ts";
import { prepareText } from "./text.ts";

const idsOf = (sample: string) => {
  const text = prepareText(sample);
  return [...new Set(findMeasures(text, lexicon.findAll(text.compact)).map((m) => m.key))].sort();
};

describe("findMeasures", () => {
  it("reads practices that a text describes without their names", () => {
    expect(idsOf("青禾县县长一行赴深圳开展招商活动。")).toEqual([
      "measure:outreach-visits",
      "measure:top-leader-leads",
    ]);
    expect(idsOf("副县长一行到园区调研。")).toEqual([]);
    expect(idsOf("排摸、梳理、盘活现有存量用地。")).toEqual(["measure:idle-land-revival"]);
    expect(idsOf("3个项目集中签约，合同总金额9亿元。")).toEqual(["measure:matchmaking-event"]);
    expect(idsOf("县级干部挂点联系重点骨干企业。")).toEqual(["measure:leader-contact"]);
    expect(idsOf("把招商引资作为加快发展的第一要务。")).toEqual(["measure:number-one-project"]);
  });

  it("keeps a bank matchmaking meeting apart from a signing event", () => {
    expect(idsOf("银行对接会帮助企业落实项目贷款。")).toEqual(["measure:financing-coordination"]);
  });

  it("takes a hundred-day drive for recruitment as node recruitment, wherever the text names it again", () => {
    const ids = idsOf("制造业招商引资“百日攻坚”行动开展以来，签约6个项目。力争百日攻坚行动期间开工项目10个。");
    expect(ids).toEqual(["measure:node-recruitment"]);
    expect(idsOf("开展重点项目百日攻坚行动，项目开工率提升。")).toEqual(["measure:project-campaign"]);
  });

  it("reads 专精特新 as the practice only where the sentence helps a firm to the title", () => {
    expect(idsOf("国家级专精特新“小巨人”企业投资的项目开工。")).toEqual([]);
    expect(idsOf("协助企业申报专精特新。")).toEqual(["measure:title-application-help"]);
  });

  it("widens a wording to the cue around it and lets a wording of another measure keep its inner cue", () => {
    const text = prepareText("实行专人对接。形成专人专班。");
    const found = findMeasures(text, lexicon.findAll(text.compact));
    expect(found.map((m) => [m.key, text.norm.slice(m.start, m.end)])).toEqual([
      ["measure:named-staff", "专人对接"],
      ["measure:task-force-with-liaison", "专人专班"],
    ]);
  });

  it("reads ledgers, bank talks, permit deadlines, certificates at hand-over and new policies", () => {
    expect(idsOf("对问题实行台账管理。")).toEqual(["measure:checklist-management"]);
    expect(idsOf("组织召开银企洽谈会。")).toEqual(["measure:financing-coordination"]);
    expect(idsOf("工业项目25个工作日取得施工许可。")).toEqual(["measure:simplified-approval"]);
    expect(idsOf("推行交房即交证。")).toEqual(["measure:certificate-on-completion"]);
    expect(idsOf("研究出台了《青禾县招商引资优惠政策》。")).toEqual(["measure:policy-package"]);
  });
});
