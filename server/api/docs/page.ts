interface Operation {
  summary: string;
  tags: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  responses: Record<string, { description: string }>;
  security?: unknown[];
}

interface Document {
  paths?: Record<string, Record<string, Operation>>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function renderOperation(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""})${
          p.description ? ` — ${escapeHtml(p.description)}` : ""
        }</li>`,
    )
    .join("");
  const statuses = Object.entries(op.responses)
    .map(([status, response]) => `<li><code>${status}</code> ${escapeHtml(response.description)}</li>`)
    .join("");
  return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code>${op.security ? " 🔒" : ""}</h2>
<p>${escapeHtml(op.summary)}</p>${params ? `<ul>${params}</ul>` : ""}<ul class="statuses">${statuses}</ul></section>`;
}

/** A plain page over the OpenAPI document: every operation with its parameters and the statuses it answers. */
export function renderDocs(title: string, document: object): string {
  const sections = Object.entries((document as Document).paths ?? {})
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => renderOperation(path, method, op)),
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1rem}code{background:#f4f4f4;padding:0 .2em}
.statuses{color:#555;font-size:.9em}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>.
Errors are <code>application/problem+json</code> with an <code>errors</code> list naming each bad field.</p>
${sections}</body></html>`;
}
