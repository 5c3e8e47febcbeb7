import neo4j from "neo4j-driver";
import type { z } from "zod";
import type { TaskForce } from "../../../contract/common.ts";
import { departmentTaskForces, taskForces, type taskForcesQuery } from "../../../contract/taskforces.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import * as q from "./queries.ts";

/** Members stated in two sections come back twice from the pattern comprehension; list each once, sorted. */
function tidy(rows: { taskForce: TaskForce }[]): TaskForce[] {
  return rows.map(({ taskForce }) => {
    const members = [...new Map(taskForce.members.map((m) => [m.id, m])).values()].sort((a, b) =>
      a.id.localeCompare(b.id),
    );
    return { ...taskForce, members };
  });
}

export function taskForceRoutes(api: RouteRegistry, { reader, cache }: ApiContext): void {
  const find = (query: z.output<typeof taskForcesQuery>) =>
    cache.respond(`taskforces:${JSON.stringify(query)}`, async () => {
      const params = {
        department: query.department ?? null,
        case: query.case ?? null,
        includeSynthetic: query.includeSynthetic,
        limit: neo4j.int(query.limit),
        offset: neo4j.int(query.offset),
      };
      const cypher = query.department ? q.taskForcesOfDepartment : query.case ? q.taskForcesOfCase : q.allTaskForces;
      return { taskForces: tidy(await reader.read<{ taskForce: TaskForce }>(cypher, params)) };
    });

  api.add(taskForces, ({ query }) => find(query));

  api.add(departmentTaskForces, async ({ params, query }) => {
    const exists = await reader.read(q.departmentExists, { department: params.id });
    if (exists.length === 0) throw new NotFoundError(`department not found: ${params.id}`);
    return find({ ...query, department: params.id });
  });
}
