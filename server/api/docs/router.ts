import { docsPage, openApiDocument } from "../../../contract/docs.ts";
import { operations } from "../../../contract/index.ts";
import { API_INFO, openApiDocument as buildDocument } from "../../http/openapi.ts";
import type { RouteRegistry } from "../../http/route.ts";
import { renderDocs } from "./page.ts";

/** /api/openapi.json, generated from the contract's zod schemas, and a plain HTML page over it. */
export function docsRoutes(api: RouteRegistry): void {
  const document = buildDocument(operations);
  api.add(openApiDocument, async () => document);
  api.add(docsPage, async () => renderDocs(API_INFO.title, document));
}
