/**
 * An invented typical case (no real place or firm) for the import page: a park, a company, a project with figures,
 * a named task force with a leader and four member departments, and measures such as 全程代办 and 拿地即开工.
 * Shared by the import page's unit tests and its browser test.
 */
export const inventedCaseText = `青湾区“全程代办”助力新能源电池项目拿地即开工
单位：青湾经济开发区管委会

一、基本情况
2023年3月，江澜新能源科技有限公司决定在青湾经济开发区投资建设年产10GW动力电池项目，总投资约45亿元，用地320亩。

二、主要做法
成立由区委常委任组长的江澜电池项目推进专班，成员包括区发改局、区自然资源局、区住建局、区生态环境局等单位，实行每周调度。专班为企业提供全程代办服务，推行拿地即开工，对部分事项实行容缺受理。

三、取得成效
项目从签约到开工仅用45天，2023年6月正式开工，预计2024年底投产。
`;
