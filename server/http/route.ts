import type { Request, RequestHandler, Response, Router } from "express";
import { z } from "zod";
import { JsonBody } from "../cache.ts";
import { parseBody, parseParams, parseQuery } from "./validate.ts";

/**
 * One API route described once: its zod schemas both parse the request (the handler receives only the
 * parsed values) and generate the OpenAPI document, so the two can never disagree.
 */
export interface RouteSpec<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: "get" | "post";
  /** Express path below /api, e.g. `/nodes/:id`. */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  params?: P;
  body?: B;
  /** Requires the bearer token (write endpoints). */
  auth?: boolean;
  successStatus?: number;
  handler: (
    input: { query: z.output<Q>; params: z.output<P>; body: z.output<B> },
    req: Request,
    res: Response,
  ) => Promise<unknown>;
}

// biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every schema type.
type AnyRoute = RouteSpec<any, any, any>;

const empty = z.object({});

export class RouteRegistry {
  readonly routes: AnyRoute[] = [];

  add<Q extends z.ZodType = typeof empty, P extends z.ZodType = typeof empty, B extends z.ZodType = typeof empty>(
    spec: RouteSpec<Q, P, B>,
  ): void {
    this.routes.push(spec);
  }

  /** Mounts every route; `guard` runs first on routes that need auth. */
  mount(router: Router, guard: RequestHandler): void {
    for (const route of this.routes) {
      const handle: RequestHandler = async (req, res) => {
        const input = {
          query: route.query ? parseQuery(route.query, req) : {},
          params: route.params ? parseParams(route.params, req) : {},
          body: route.body ? parseBody(route.body, req) : {},
        };
        const result = await route.handler(input, req, res);
        if (res.headersSent) return;
        res.status(route.successStatus ?? 200);
        if (result instanceof JsonBody) {
          // Already serialised (and hashed) by the cache: send the text as it is; express answers 304 on a match.
          res.setHeader("ETag", result.etag);
          res.type("application/json").send(result.bytes);
        } else {
          res.json(result);
        }
      };
      if (route.auth) router[route.method](route.path, guard, handle);
      else router[route.method](route.path, handle);
    }
  }

  openApi(info: { title: string; version: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.routes) {
      const openApiPath = `/api${route.path.replace(/:(\w+)/g, "{$1}")}`;
      paths[openApiPath] ??= {};
      (paths[openApiPath] as Record<string, unknown>)[route.method] = {
        summary: route.summary,
        tags: [route.tag],
        parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
        ...(route.body
          ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(route.body) } } } }
          : {}),
        ...(route.auth ? { security: [{ bearer: [] }] } : {}),
        responses: {
          [String(route.successStatus ?? 200)]: { description: "OK", content: { "application/json": {} } },
          "400": { $ref: "#/components/responses/Problem" },
          ...(route.params ? { "404": { $ref: "#/components/responses/Problem" } } : {}),
          "503": { $ref: "#/components/responses/Problem" },
        },
      };
    }
    return {
      openapi: "3.1.0",
      info,
      paths,
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
        responses: {
          Problem: {
            description: "RFC 9457 problem details; `errors` names each bad field",
            content: { "application/problem+json": { schema: problemSchema } },
          },
        },
      },
    };
  }
}

const problemSchema = {
  type: "object",
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    instance: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        properties: { path: { type: "string" }, code: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query"): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    description: property.description,
    schema: property,
  }));
}
