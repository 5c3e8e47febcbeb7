import {
  type CaseFile,
  type CaseFileInput,
  caseFileSchema,
  type DepartmentKindSlug,
  departmentKinds,
  measures,
} from "../graph-schema/index.ts";
import { pick, randomInt, seededRandom, weightedSample } from "./random.ts";

/*
 * Synthetic cases for scale work. They are ordinary case files (validated by the same schema), marked
 * synthetic: true, with ids under `syn-` so they can never collide with a sourced case. Distributions:
 * measure popularity follows the real cases (smoothed), task forces have 3–12 member departments,
 * regions spread over 8 provinces × 6 cities × 5 districts, years 2012–2025 weighted towards recent ones.
 */

const PROVINCES = [
  ["zj", "浙江省", "Zhejiang"],
  ["js", "江苏省", "Jiangsu"],
  ["ah", "安徽省", "Anhui"],
  ["gd", "广东省", "Guangdong"],
  ["jx", "江西省", "Jiangxi"],
  ["hb", "湖北省", "Hubei"],
  ["sc", "四川省", "Sichuan"],
  ["sd", "山东省", "Shandong"],
] as const;
const CITIES_PER_PROVINCE = 6;
const DISTRICTS_PER_CITY = 5;
const INDUSTRIES = [
  ["new-materials", "新材料", "New materials"],
  ["new-energy", "新能源", "New energy"],
  ["biomedicine", "生物医药", "Biomedicine"],
  ["high-end-equipment", "高端装备", "High-end equipment"],
  ["electronics", "电子信息", "Electronics"],
  ["auto-parts", "汽车零部件", "Auto parts"],
  ["marine-engineering", "海洋工程", "Marine engineering"],
  ["textiles", "纺织服装", "Textiles"],
  ["petrochemicals", "绿色石化", "Green petrochemicals"],
  ["software", "软件信息服务", "Software and IT services"],
] as const;
const LEADER_ROLES = ["区委常委 (组长)", "副区长 (组长)", "管委会主任 (组长)", "县委书记 (组长)", "副县长 (组长)"];
const TASK_FORCE_KINDS: DepartmentKindSlug[] = departmentKinds.map((k) => k.kind);

export interface SyntheticOptions {
  count: number;
  seed: number;
  /** Measure id → how many real cases feature it; drives the skew. */
  popularity?: ReadonlyMap<string, number>;
  /** Number of the first case (for appending to an existing synthetic load). */
  startAt?: number;
}

/** Real measure popularity, counted from case files (FEATURES per measure, once per case). */
export function measurePopularity(cases: readonly CaseFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of cases) {
    const featured = new Set(file.relationships.filter((r) => r.type === "FEATURES").map((r) => r.to));
    for (const id of featured) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

export function* syntheticCases(options: SyntheticOptions): Generator<CaseFile> {
  const random = seededRandom(options.seed);
  // Smoothing keeps measures no real case uses possible but rare; squaring sharpens the skew seen in real data.
  const weights = measures.map((m) => ((options.popularity?.get(m.id) ?? 0) + 0.3) ** 2);
  const start = options.startAt ?? 1;
  for (let n = start; n < start + options.count; n++) {
    yield caseFileSchema.parse(syntheticCase(n, random, weights));
  }
}

function syntheticCase(n: number, random: () => number, weights: readonly number[]): CaseFileInput {
  const slug = `syn-${String(n).padStart(6, "0")}`;
  const caseId = `case:${slug}`;
  const [provSlug, provName, provEn] = pick(random, PROVINCES);
  const city = randomInt(random, 1, CITIES_PER_PROVINCE);
  const district = randomInt(random, 1, DISTRICTS_PER_CITY);
  const provinceId = `region:syn-${provSlug}`;
  const cityId = `${provinceId}-c${city}`;
  const districtId = `${cityId}-d${district}`;
  const parkId = `park:syn-${provSlug}-c${city}-d${district}-p${randomInt(random, 1, 2)}`;
  const districtName = `${provName.slice(0, 2)}示例${city}市${district}区`;
  const [industrySlug, industryName, industryEn] = pick(random, INDUSTRIES);
  const industryId = `industry:syn-${industrySlug}`;
  const year = 2012 + Math.min(13, Math.floor(14 * Math.sqrt(random())));
  const projectId = `project:${slug}`;
  const companyId = `company:${slug}`;
  const sourceId = `source:${slug}`;
  const deptOf = (kind: string) => `dept:syn-${provSlug}-c${city}-d${district}:${kind}`;
  const taskForceKinds = weightedSample(
    random,
    TASK_FORCE_KINDS,
    TASK_FORCE_KINDS.map(() => 1),
    randomInt(random, 3, 12),
  );
  const leaderKind = pick(random, ["party-committee", "government"] as const);
  const deptKinds = [...new Set([leaderKind, ...taskForceKinds])];
  const featured = weightedSample(random, measures, weights, randomInt(random, 3, 10));
  const investmentYi = Math.round(1 + random() ** 2 * 99);
  const landMu = Math.round(20 + random() * 480);
  const prov = (section: string, evidence: string) => ({ section, evidence });

  return {
    case: {
      id: caseId,
      name: `示例案例 ${n}`,
      nameEn: `Synthetic case ${n}`,
      title: `${districtName}引进${industryName}项目（示例 ${n}）`,
      titleEn: `Synthetic case ${n}: a ${industryEn.toLowerCase()} project`,
      year,
      yearLocator: "syn §0",
      regionId: districtId,
      summary: `合成数据：${districtName}以专班推进一个${industryName}项目，用于规模测试。`,
      synthetic: true,
      reportingUnit: `${districtName}示例园区`,
    },
    nodes: [
      {
        label: "Source",
        id: sourceId,
        name: `合成来源 ${n}`,
        title: `合成来源 ${n}`,
        reliability: pick(random, ["gov", "gov", "mirror", "low"] as const),
      },
      { label: "Region", id: provinceId, name: provName, nameEn: provEn, level: "province" },
      { label: "Region", id: cityId, name: `${provName.slice(0, 2)}示例${city}市`, level: "city" },
      { label: "Region", id: districtId, name: districtName, level: "district" },
      { label: "Park", id: parkId, name: `${districtName}示例园区${parkId.slice(-1)}`, kind: "industrial-park" },
      { label: "Industry", id: industryId, name: industryName, nameEn: industryEn },
      { label: "Company", id: companyId, name: `示例${industryName}有限公司${n}`, role: "investor" },
      {
        label: "Project",
        id: projectId,
        name: `示例${industryName}项目${n}`,
        investmentYuan: investmentYi * 1e8,
        landMu,
      },
      {
        label: "Figure",
        id: `figure:${slug}:investment`,
        name: `${investmentYi}亿元`,
        metric: "investment",
        value: investmentYi,
        unit: "亿元",
        normalized: { value: investmentYi * 1e8, unit: "yuan" },
        sourceId,
      },
      {
        label: "Figure",
        id: `figure:${slug}:land`,
        name: `${landMu}亩`,
        metric: "land",
        value: landMu,
        unit: "亩",
        normalized: { value: landMu, unit: "mu" },
        sourceId,
      },
      { label: "TaskForce", id: `taskforce:${slug}:project`, name: `示例项目工作专班 ${n}` },
      {
        label: "Outcome",
        id: `outcome:${slug}:signed`,
        name: "项目签约",
        kind: "outcome",
        text: "合成数据：项目签约并开工",
      },
      ...deptKinds.map((kind) => {
        const info = departmentKinds.find((k) => k.kind === kind);
        return {
          label: "Department" as const,
          id: deptOf(kind),
          name: `${districtName}${info?.name ?? kind}`,
          nameEn: info?.nameEn,
          aliases: [...new Set([info?.name ?? kind, ...(info?.aliases ?? [])])],
          kind,
          regionId: districtId,
        };
      }),
    ],
    relationships: [
      { type: "FROM_SOURCE", from: caseId, to: sourceId, ...prov("syn §0", "合成来源") },
      { type: "ABOUT", from: caseId, to: projectId, ...prov("syn §1", "案例讲述该项目") },
      { type: "REPORTED_BY", from: caseId, to: parkId, ...prov("syn §0", "园区报送") },
      { type: "PART_OF", from: cityId, to: provinceId, ...prov("syn §0", "行政区划") },
      { type: "PART_OF", from: districtId, to: cityId, ...prov("syn §0", "行政区划") },
      { type: "LOCATED_IN", from: parkId, to: districtId, ...prov("syn §0", "园区位于该区") },
      { type: "LOCATED_IN", from: projectId, to: parkId, ...prov("syn §1", "项目落户园区") },
      { type: "INVESTS_IN", from: companyId, to: projectId, ...prov("syn §1", "企业投资项目") },
      { type: "IN_INDUSTRY", from: projectId, to: industryId, ...prov("syn §1", "项目所属产业") },
      { type: "HAS_FIGURE", from: projectId, to: `figure:${slug}:investment`, ...prov("syn §1", "总投资") },
      { type: "HAS_FIGURE", from: projectId, to: `figure:${slug}:land`, ...prov("syn §1", "用地面积") },
      { type: "REPORTS", from: caseId, to: `outcome:${slug}:signed`, ...prov("syn §3", "成效") },
      { type: "SERVES", from: `taskforce:${slug}:project`, to: projectId, ...prov("syn §2", "专班服务项目") },
      {
        type: "LED_BY",
        from: `taskforce:${slug}:project`,
        to: deptOf(leaderKind),
        role: pick(random, LEADER_ROLES),
        ...prov("syn §2", "专班组长"),
      },
      ...taskForceKinds.map((kind) => ({
        type: "MEMBER_OF" as const,
        from: deptOf(kind),
        to: `taskforce:${slug}:project`,
        ...prov("syn §2", "专班成员单位"),
      })),
      ...featured.map((measure, i) => ({
        type: "FEATURES" as const,
        from: caseId,
        to: measure.id,
        ...prov(`syn §2.${i + 1}`, `合成：采用${measure.name}`),
      })),
      ...featured.slice(0, 2).map((measure, i) => ({
        type: "APPLIED" as const,
        from: deptOf(taskForceKinds[i % taskForceKinds.length] ?? leaderKind),
        to: measure.id,
        ...prov(`syn §2.${i + 1}`, `合成：部门实施${measure.name}`),
      })),
    ],
  };
}
