import neo4j from "neo4j-driver";
import { z } from "zod";
import { idOf } from "../../../graph-schema/index.ts";
import { NotFoundError } from "../../http/problem.ts";
import type { RouteRegistry } from "../../http/route.ts";
import type { ApiContext } from "../context.ts";
import { includeSyntheticParam, limitParam, offsetParam } from "../params.ts";
import * as q from "./queries.ts";

interface Member {
  id: string;
}
interface TaskForceRow {
  taskForce: { members: Member[] } & Record<string, unknown>;
}

export const taskForcesQuery = z.object({
  department: idOf("Department").optional().describe("only task forces this department joined or led"),
  case: idOf("Case").optional().describe("only task forces of this case"),
  includeSynthetic: includeSyntheticParam,
  limit: limitParam(200, 2000),
  offset: offsetParam,
});

export const departmentParams = z.object({ id: idOf("Department") });

/** Members stated in two sections come back twice from the pattern comprehension; list each once, sorted. */
function tidy(rows: TaskForceRow[]) {
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
      return { taskForces: tidy(await reader.read<TaskForceRow>(cypher, params)) };
    });

  api.add({
    method: "get",
    path: "/taskforces",
    tag: "task forces",
    summary: "Task forces with leader role, member departments, project and case",
    query: taskForcesQuery,
    handler: ({ query }) => find(query),
  });

  api.add({
    method: "get",
    path: "/departments/:id/taskforces",
    tag: "task forces",
    summary: "The task forces one department joined or led",
    params: departmentParams,
    query: taskForcesQuery.omit({ department: true }),
    handler: async ({ params, query }) => {
      const exists = await reader.read(q.departmentExists, { department: params.id });
      if (exists.length === 0) throw new NotFoundError(`department not found: ${params.id}`);
      return find({ ...query, department: params.id });
    },
  });
}
