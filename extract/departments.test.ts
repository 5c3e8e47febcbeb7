import { describe, expect, it } from "vitest";
import { findDepartments } from "./departments.ts";
import { lexicon } from "./lexicon.ts";
import { prepareText } from "./text.ts";

const keysOf = (sample: string) => {
  const text = prepareText(sample);
  return findDepartments(text, lexicon.findAll(text.compact), []).map((d) => d.key);
};

describe("findDepartments", () => {
  it("reads a government named with its place as a unit of its own", () => {
    expect(keysOf("在县委、县政府的领导下，市政府出台办法。")).toEqual(["party-committee", "government", "government"]);
  });

  it("takes a short form after a region only where it ends a word and no noun follows", () => {
    expect(keysOf("由区港航牵头协调。")).toEqual(["port-shipping"]);
    expect(keysOf("青禾县招商引资迎来开门红，白石县交通区位便捷。")).toEqual([]);
  });

  it("names a combined bureau as written and keeps a post's 局长 out of it", () => {
    expect(keysOf("青禾高新区管委会规划建设局局长介绍")).toEqual(["park-admin", "规划建设局"]);
    expect(keysOf("项目建设委领导一线办公")).toEqual([]);
  });

  it("reads a 中心 as a unit only when it serves or manages, and 行政服务中心 as the government service centre", () => {
    expect(keysOf("建设电商运营中心、研发中心，由区营商环境服务中心协调。")).toEqual(["营商环境服务中心"]);
    expect(keysOf("联合沙溪区行政服务中心办理")).toEqual(["government-service-center"]);
  });

  it("takes a leading group and a short 办 with its staff, but no national body and no task force's office", () => {
    expect(keysOf("县里建立专门的领导小组，助企办工作人员全程指导。")).toEqual(["leading-group", "助企办"]);
    expect(keysOf("项目通过国家发改委核准，专班办公室统一接件，助力招商工作开好局。")).toEqual([]);
  });
});
