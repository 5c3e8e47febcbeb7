import type { Request, RequestHandler, Response, Router } from "express";
import type { z } from "zod";
import type { Operation } from "../../contract/index.ts";
import { JsonBody } from "../cache.ts";
import { HttpError, sendProblem } from "./problem.ts";
import { parseBody, parseParams, parseQuery } from "./validate.ts";

/** What a handler receives: the parsed request, never the raw one. */
export type InputOf<O> =
  O extends Operation<infer Q, infer P, infer B, z.ZodType>
    ? { query: z.output<Q>; params: z.output<P>; body: z.output<B> }
    : never;

/** What a handler must answer with: the contract's response body, or that body already serialised by the cache. */
export type OutputOf<O> =
  O extends Operation<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.input<R> | JsonBody<z.input<R>> : never;

export type Handler<O extends Operation> = (input: InputOf<O>, req: Request, res: Response) => Promise<OutputOf<O>>;

/** A contract operation with the server's handler for it. */
export type Route<O extends Operation = Operation> = O & { handler: Handler<O> };

export class RouteRegistry {
  // biome-ignore lint/suspicious/noExplicitAny: the registry holds routes of every operation type.
  readonly routes: Route<any>[] = [];

  add<O extends Operation>(op: O, handler: Handler<O>): void {
    this.routes.push({ ...op, handler });
  }

  /** Mounts every route; `guard` runs first on routes that need auth; other methods on a known path get 405. */
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
        res.status(route.success);
        if (route.contentType === "text/html") res.type("html").send(result);
        else if (result instanceof JsonBody) {
          // Already serialised (and hashed) by the cache: send the text as it is; express answers 304 on a match.
          res.setHeader("ETag", result.etag);
          res.type("application/json").send(result.bytes);
        } else res.json(result);
      };
      const method: Operation["method"] = route.method;
      if (route.auth) router[method](route.path, guard, handle);
      else router[method](route.path, handle);
    }
    for (const [path, methods] of this.methodsByPath()) {
      const allow = [...methods, ...(methods.includes("GET") ? ["HEAD"] : [])].join(", ");
      router.all(path, (req, res) =>
        sendProblem(
          res,
          new HttpError(405, "Method Not Allowed", `${req.method} is not allowed here; use ${allow}`, [], {
            Allow: allow,
          }),
          req.originalUrl,
        ),
      );
    }
  }

  private methodsByPath(): Map<string, string[]> {
    const byPath = new Map<string, string[]>();
    for (const route of this.routes)
      byPath.set(route.path, [...(byPath.get(route.path) ?? []), route.method.toUpperCase()]);
    return byPath;
  }
}
