/**
 * The vocabulary of candidates.ts and candidate-rules.ts: the verbs that introduce a practice, the words practice
 * names are made of and end with, and the names that only look like practices (slogans, goals, generic kernels).
 */

/** Verbs that introduce a practice the text presents as done. */
export const practiceVerbs =
  /^(开展|推行|实行|实施|推出|探索|建立|构建|打造|首推|提供|落实|运用|采用|组建|设立|成立|创新|深化|试行|施行|推广|健全|启用|开通|创新实施|灵活运用)$/;

/** Words a practice name is made of; an object without one (专题培训, 相关工作) names no practice. */
export const practiceWords =
  /审批|代办|帮办|办理|服务|招商|预审|预|清单|台账|专班|机制|制$|事.{0,3}办|^以.{1,2}[招引等选聚]商$|^以.{1,3}引项目$|振兴计划$|指南$|出让|供地|验收|踏勘|勘验|指导|审查|评估|承诺|群$|小分队|团队|模式|工作法|走访|对接|联动|会商|调度|督办|巡查|通报|交帐|回访|上门|驿站|超市|平台|即|一.一|\+|合一|秒批|网办|赋权|包联|挂点/;

/** Practice names end with these; the generic ones (服务, 模式, 机制) are dropped from the key when a name remains. */
export const suffixes =
  /(制|机制|工作法|清单|台账|小分队|服务队|服务团队|服务团|服务小组|推进群|工作群|超市|驿站|模式)$/;
export const genericTail = /(服务|模式|机制|业务|工作|制度|体系|品牌|改革|行动|活动|策略)$/;

/**
 * Names that are slogans, goals, metaphors or campaigns of a year, not practices: 行政审批减法, 贴心服务, 三个年,
 * 营商环境优化年, 百日攻坚, 持续精准招商.
 */
export const notPractices =
  /减法|加法|乘法|精准招商|审批制度$|^[一二三四五六七八九十两]+[个大项张]|年$|^百日.{2,3}$|^.{1,2}心服务$|^(任务书|路线图|时间表|作战图|开门红|强磁场|助推器|快进键|加速度|突破口|标杆|核心竞争力|藩篱|卡壳|金字招牌|一号工程|一把手工程|牛鼻子|主战场|主力军|组合拳|硬核|前端|后台|全参与|全覆盖|全方位|内功|外功|智脑|熟地|链主|小巨人|总客服|双一流|零障碍|减法|加法|店小二|精准招商|招商引资|项目建设)$|^以.{1,4}促.{1,4}$/;
/** Kernels of a suffix name that make it generic (工作机制, 长效机制, 责任制). */
export const genericKernel =
  /^(工作|长效|联动|协调|运行|管理|服务|相关|一套|这种|有效|考核|责任|保障|推进|协作|合作|创新|紧密协作|体|编|控|管|专|任务|问题|工作推进|项目|重点项目|审批|统筹|制度)$/;
/** Words ending in 制 that are verbs or nouns of their own, not a system: 绘制, 编制, 控制, 体制 … */
export const notSystem = /^(绘制|编制|控制|体制|研制|限制|抵制|节制|管制|定制|复制|压制|强制|建制|创制|牵制)$/;
/** Area words that start a name rather than end the text before it (市域统筹, 县域…). */
export const areaWords = /^(市域|县域|区域|全域|跨域|镇域)$/;
/** Word tags that end a name on its left: verbs of speech, prepositions, conjunctions, particles, pronouns, places. */
export const leftStopTags = /^(p|c|u.*|r.*|ns|a|ad|d|m|b|f|t|q|x)$/;
export const leftStopWords = /^(的|在|与|和|及|对|为|了|等|是|将|把|被|从|由|首推|全市|全区|全县|重大|一般)$/;
