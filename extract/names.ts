/**
 * Where does a name end on the left? Chinese has no spaces, so a name found by its suffix (…有限公司, …产业园, …专班)
 * is the run of characters before the suffix, cut after the last function word or verb that cannot be part of a name
 * (的, 由, 邀请, 成立 …). Used by every suffix-pattern finder so they agree on boundaries.
 */

/** Function words and verbs that end the text before a name. Single characters are ones that rarely occur in names. */
const stopWords = [
  "邀请",
  "统筹",
  "组织",
  "联系",
  "落户",
  "落地",
  "带队",
  "考察",
  "成立",
  "组建",
  "设立",
  "引进",
  "引入",
  "签约",
  "签下",
  "入驻",
  "进驻",
  "推动",
  "协调",
  "申请",
  "帮助",
  "推介",
  "下设",
  "培育",
  "已有",
  "标志着",
  "我旗",
  "我县",
  "我区",
  "我市",
  "该旗",
  "该县",
  "该区",
  "该市",
  "瞄准",
  "合作方",
  "投资方",
  "获得",
  "来自",
  "位于",
  "依托",
  "借力",
  "实现",
  "通过",
  "围绕",
  "针对",
  "经过",
  "包括",
  "成为",
  "作为",
  "举行",
  "召开",
  "会同",
  "牵头",
  "指导",
  "支持",
  "对接",
  "走访",
  "前往",
  "拜访",
  "洽谈",
  "年度",
  "发挥",
  "完成",
  "注册",
  "办理",
  "依靠",
  "下属",
  "一家企业",
  "家企业",
  "旗下",
  "布局",
  "期间",
  "纳入",
  "主导",
  "打造",
  "启动",
  "率先",
  "首个",
  "一家",
  "时间",
  "相关",
  "全市",
  "全区",
  "全县",
  "各",
  "的",
  "在",
  "与",
  "对",
  "向",
  "将",
  "把",
  "被",
  "从",
  "为",
  "是",
  "了",
  "到",
  "赴",
  "让",
  "使",
  "于",
  "由",
  "等",
  "该",
  "其",
  "并",
  "也",
  "已",
  "即",
  "就",
  "都",
  "又",
  "而",
  "但",
  "或",
  "给",
  "跟",
  "请",
  "这",
  "那",
  "此",
];

const lastStop = new RegExp(`^.*(?:${stopWords.join("|")})`, "u");

// The middle dot joins a brand and a name (广东医谷·中山生命科学园).
const cjk = /[\u4e00-\u9fff·]/;
const cjkOrFigure = /[\u4e00-\u9fff·0-9A-Za-z./]/;

export interface NameOptions {
  /** Longest kernel (the part before the suffix) to keep. */
  maxKernel: number;
  /** Project names carry capacities (20万吨/年); other names stop at digits. */
  allowDigits?: boolean;
  /** Company names may hold a bracketed place: 诺利凯塑业(昆山)有限公司. */
  allowBrackets?: boolean;
  /** More words that end the text before this kind of name (投资, 建设 before a project). */
  extraStops?: RegExp;
}

/** Start of the name whose suffix begins at `suffixStart`, or `suffixStart` itself when no kernel survives. */
export function nameStart(norm: string, suffixStart: number, options: NameOptions): number {
  const allowed = options.allowDigits ? cjkOrFigure : cjk;
  const inRun = (c: string) => allowed.test(c) || (options.allowBrackets === true && /[()]/.test(c));
  // A single line break between two ideographs is a page break inside the name (江西申工\n工具有限公司).
  const pageBreak = (i: number) => norm[i] === "\n" && cjk.test(norm[i - 1] ?? "") && cjk.test(norm[i + 1] ?? "");
  let runStart = suffixStart;
  const limit = Math.max(0, suffixStart - options.maxKernel * 3);
  while (runStart > limit && (inRun(norm[runStart - 1] as string) || pageBreak(runStart - 1))) runStart--;
  const run = norm.slice(runStart, suffixStart);
  const cuts = [lastStop.exec(run), options.extraStops?.exec(run)].map((c) => (c ? c[0].length : 0));
  const kernelStart = runStart + Math.max(...cuts);
  return Math.max(kernelStart, suffixStart - options.maxKernel);
}
