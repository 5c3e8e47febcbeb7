import { caseRefProjection, nodeRefProjection, realOnly } from "../projections.ts";

const departmentProjection = (d: string) => nodeRefProjection(d, `kind: ${d}.kind`);

/** The TaskForce shape of contract/common.ts; `c` is the task force's case. */
export const taskForceProjection = (t: string, c: string) => `{
  id: ${t}.id, name: ${t}.name, nameEn: ${t}.nameEn,
  leader: head([(${t})-[l:LED_BY]->(ld:Department) | {role: l.role, department: ${departmentProjection("ld")}}]),
  members: [(md:Department)-[:MEMBER_OF]->(${t}) | ${departmentProjection("md")}],
  project: head([(${t})-[:SERVES]->(p:Project) | ${nodeRefProjection("p")}]),
  case: ${caseRefProjection(c)}
}`;

/** The case a task force belongs to: the caseId its own relationships carry. */
const caseOf = (t: string) => `head([(${t})-[r:SERVES|LED_BY|MEMBER_OF]-() | r.caseId])`;

export const allTaskForces = `MATCH (t:TaskForce) WHERE ${realOnly("t")}
WITH t, ${caseOf("t")} AS caseId
MATCH (c:Case {id: caseId})
RETURN ${taskForceProjection("t", "c")} AS taskForce
ORDER BY c.year DESC, t.id SKIP $offset LIMIT $limit`;

export const taskForcesOfCase = `MATCH (c:Case {id: $case})
CALL (c) {
  MATCH (t:TaskForce)-[s:SERVES]->() WHERE s.caseId = c.id RETURN t
  UNION
  MATCH (t:TaskForce)-[s:LED_BY]->() WHERE s.caseId = c.id RETURN t
  UNION
  MATCH (t:TaskForce)<-[s:MEMBER_OF]-() WHERE s.caseId = c.id RETURN t
}
RETURN ${taskForceProjection("t", "c")} AS taskForce
ORDER BY t.id SKIP $offset LIMIT $limit`;

export const taskForcesOfDepartment = `MATCH (d:Department {id: $department})
CALL (d) {
  MATCH (d)-[:MEMBER_OF]->(t:TaskForce) RETURN t
  UNION
  MATCH (t:TaskForce)-[:LED_BY]->(d) RETURN t
}
WITH t WHERE ${realOnly("t")} AND ($case IS NULL OR ${caseOf("t")} = $case)
WITH t, ${caseOf("t")} AS caseId
MATCH (c:Case {id: caseId})
RETURN ${taskForceProjection("t", "c")} AS taskForce
ORDER BY c.year DESC, t.id SKIP $offset LIMIT $limit`;

export const departmentExists = `MATCH (d:Department {id: $department}) RETURN d.id AS id`;
