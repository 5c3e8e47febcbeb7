import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractCase } from "./index.ts";

/**
 * `npm run extract -- <file> [--out draft.json]`: with --out, writes the draft case file there, the items beside it
 * (draft.items.json) and prints the report; without it, prints {draft, items} as JSON and the report on stderr, so
 * the JSON can be piped.
 */
function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: "string", short: "o" } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write("usage: npm run extract -- <case.txt> [--out draft.json]\n");
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const reason = error instanceof TypeError ? "not valid UTF-8" : (error as Error).message;
    process.stderr.write(`extract: cannot read ${file}: ${reason}\n`);
    return 1;
  }
  const { draft, items, report, problems } = extractCase(text);
  if (values.out) {
    const itemsFile = values.out.replace(/(\.json)?$/, ".items.json");
    writeFileSync(values.out, `${JSON.stringify(draft, null, 2)}\n`);
    writeFileSync(itemsFile, `${JSON.stringify(items, null, 2)}\n`);
    process.stdout.write(`${report}\n\nwrote ${values.out} and ${itemsFile}\n`);
  } else {
    process.stdout.write(`${JSON.stringify({ draft, items }, null, 2)}\n`);
    process.stderr.write(`${report}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
