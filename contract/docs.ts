import { z } from "zod";
import { operation } from "./operation.ts";

export const openApiDocument = operation({
  method: "get",
  path: "/openapi.json",
  tag: "docs",
  summary: "OpenAPI 3.1 document generated from the contract's zod schemas",
  success: 200,
  response: z
    .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
    .meta({ id: "OpenApiDocument" }),
});

export const docsPage = operation({
  method: "get",
  path: "/docs",
  tag: "docs",
  summary: "Readable API documentation (HTML)",
  success: 200,
  contentType: "text/html",
  response: z.string(),
});
