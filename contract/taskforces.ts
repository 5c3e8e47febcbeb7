import { z } from "zod";
import { idOf } from "../graph-schema/index.ts";
import { taskForce } from "./common.ts";
import { operation } from "./operation.ts";
import { includeSyntheticParam, limitParam, offsetParam } from "./params.ts";

export const taskForcesQuery = z.object({
  department: idOf("Department").optional().describe("only task forces this department joined or led"),
  case: idOf("Case").optional().describe("only task forces of this case"),
  includeSynthetic: includeSyntheticParam,
  limit: limitParam(200, 2000),
  offset: offsetParam,
});

export const departmentParams = z.object({
  id: idOf("Department").meta({ examples: ["dept:dinghai:development-reform"] }),
});

const taskForceList = z.strictObject({ taskForces: z.array(taskForce) }).meta({ id: "TaskForces" });

export const taskForces = operation({
  method: "get",
  path: "/taskforces",
  tag: "task forces",
  summary: "Task forces with leader role, member departments, project and case",
  query: taskForcesQuery,
  success: 200,
  response: taskForceList,
});

export const departmentTaskForces = operation({
  method: "get",
  path: "/departments/:id/taskforces",
  tag: "task forces",
  summary: "The task forces one department joined or led",
  params: departmentParams,
  query: taskForcesQuery.omit({ department: true }),
  notFound: true,
  success: 200,
  response: taskForceList,
});
