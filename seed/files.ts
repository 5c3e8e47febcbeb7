import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CaseFile, caseFileSchema, formatIssuePath, issuesOf, type SchemaIssue } from "../graph-schema/index.ts";

export const bundledCasesDir = fileURLToPath(new URL("./cases/", import.meta.url));

/** One thing wrong with one file: the file, and the one validation-error shape (path "" = the whole file). */
export interface FileProblem extends SchemaIssue {
  file: string;
}

export interface ValidatedFiles {
  cases: { file: string; data: CaseFile }[];
  problems: FileProblem[];
}

export function caseFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Parses and validates one file's text; never throws for bad input, only reports it. */
export function validateCaseText(file: string, text: string): { data?: CaseFile; problems: FileProblem[] } {
  if (text.includes("\uFFFD")) {
    return { problems: [{ file, path: "", code: "encoding", message: "file is not valid UTF-8" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problems: [{ file, path: "", code: "invalid_json", message: (error as Error).message }] };
  }
  const parsed = caseFileSchema.safeParse(json);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return { problems: issuesOf(parsed.error).map((issue) => ({ file, ...issue })) };
}

/** Reads and validates every file before anything is written; the caller writes only when problems is empty. */
export function validateCaseFiles(files: readonly string[]): ValidatedFiles {
  const result: ValidatedFiles = { cases: [], problems: [] };
  const seenIds = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
    } catch (error) {
      const message = error instanceof TypeError ? "file is not valid UTF-8" : (error as Error).message;
      result.problems.push({ file, path: "", code: "unreadable", message });
      continue;
    }
    const { data, problems } = validateCaseText(file, text);
    result.problems.push(...problems);
    if (!data) continue;
    const earlier = seenIds.get(data.case.id);
    if (earlier) {
      result.problems.push({
        file,
        path: "case.id",
        code: "duplicate_case",
        message: `case id ${data.case.id} is already used by ${earlier}`,
      });
      continue;
    }
    seenIds.set(data.case.id, file);
    result.cases.push({ file, data });
  }
  return result;
}

/** `file: $.relationships[3].evidence: message (code)`: the path as editors and jq users write it. */
export function formatProblem(problem: FileProblem): string {
  return `${problem.file}: ${formatIssuePath(problem.path)}: ${problem.message} (${problem.code})`;
}
