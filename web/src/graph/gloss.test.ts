import { pinyin } from "pinyin-pro";
import { beforeAll, describe, expect, it } from "vitest";
import { glossName, hasChinese, needsTransliteration, nodeLabel, useTransliteration } from "./gloss.ts";

beforeAll(() => {
  useTransliteration((text) => pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" }));
});

describe("English glosses of node names", () => {
  it("takes the data's English when there is one, and Chinese in Chinese mode", () => {
    expect(nodeLabel({ name: "定海", nameEn: "Dinghai" }, "en")).toEqual({ text: "Dinghai", generated: false });
    expect(nodeLabel({ name: "定海", nameEn: null }, "zh")).toEqual({ text: "定海", generated: false });
  });

  it("glosses known suffixes and transliterates the rest, marked as generated", () => {
    expect(nodeLabel({ name: "浙江聚泰有限公司", nameEn: null }, "en")).toEqual({
      text: "Zhejiang Jutai Co., Ltd.",
      generated: true,
    });
    expect(glossName("定海工业园区")).toBe("Dinghai Industrial Park");
    expect(glossName("红创项目专班")).toBe("Hongchuang project task force");
    expect(glossName("骆驼服饰黄冈基地项目")).toBe("Luotuo Fushi Huanggang base project");
  });

  it("turns a case's 地区·主题 name into Region: topic", () => {
    expect(glossName("定海·聚泰正极材料")).toBe("Dinghai: Jutai Zhengji Cailiao");
  });

  it("keeps Latin letters and digits as they are", () => {
    expect(glossName("年产10GW光伏项目")).toBe("Nianchan 10GW Guangfu project");
  });

  it("leaves no Chinese character in a generated label", () => {
    for (const name of ["义乌经开区·国工恒昌（义乌）有限公司", "宣城经开区企业发展服务中心", "雨山区人民政府"]) {
      expect(hasChinese(glossName(name)), name).toBe(false);
    }
  });

  it("says when the transliterator is needed: only for Chinese names without English", () => {
    expect(needsTransliteration([{ name: "定海", nameEn: "Dinghai" }])).toBe(false);
  });
});
