import type { RouteRegistry } from "../../http/route.ts";

const APP = { title: "policy-graph API · 政策实践图谱接口", version: "0.1.0" };

interface Operation {
  summary: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; description?: string }[];
  security?: unknown[];
}

/** /api/openapi.json from the same zod schemas that parse requests, and a plain HTML page over it. */
export function docsRoutes(api: RouteRegistry): void {
  const document = () => api.openApi(APP);
  api.add({
    method: "get",
    path: "/openapi.json",
    tag: "docs",
    summary: "OpenAPI 3.1 document generated from the request schemas",
    handler: async () => document(),
  });
  api.add({
    method: "get",
    path: "/docs",
    tag: "docs",
    summary: "Readable API documentation",
    handler: async (_input, _req, res) => {
      res.type("html").send(renderDocs(document() as { paths: Record<string, Record<string, Operation>> }));
    },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function renderDocs(doc: { paths: Record<string, Record<string, Operation>> }): string {
  const sections = Object.entries(doc.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => {
        const params = op.parameters
          .map(
            (p) =>
              `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""})${
                p.description ? ` — ${escapeHtml(p.description)}` : ""
              }</li>`,
          )
          .join("");
        return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code>${op.security ? " 🔒" : ""}</h2>
<p>${escapeHtml(op.summary)}</p>${params ? `<ul>${params}</ul>` : ""}</section>`;
      }),
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(APP.title)}</title>
<style>body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1rem}code{background:#f4f4f4;padding:0 .2em}</style>
</head><body><h1>${escapeHtml(APP.title)}</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.
Errors are <code>application/problem+json</code> with an <code>errors</code> list naming each bad field.</p>
${sections}</body></html>`;
}
