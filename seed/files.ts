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

/** Reads one file from disk and validates it. */
export function readCaseFile(file: string): { data?: CaseFile; problems: FileProblem[] } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  } catch (error) {
    const message = error instanceof TypeError ? "file is not valid UTF-8" : (error as Error).message;
    return { problems: [{ file, path: "", code: "unreadable", message }] };
  }
  return validateCaseText(file, text);
}

/**
 * Validates every file, handing each valid case to `onCase` and dropping it after, so memory does not grow
 * with the number of files. Also reports a case id used by two files.
 */
export function visitCaseFiles(
  files: Iterable<string>,
  onCase: (file: string, data: CaseFile) => void = () => {},
): FileProblem[] {
  const problems: FileProblem[] = [];
  const seenIds = new Map<string, string>();
  for (const file of files) {
    const { data, problems: fileProblems } = readCaseFile(file);
    problems.push(...fileProblems);
    if (!data) continue;
    const earlier = seenIds.get(data.case.id);
    if (earlier) {
      problems.push({
        file,
        path: "case.id",
        code: "duplicate_case",
        message: `case id ${data.case.id} is already used by ${earlier}`,
      });
      continue;
    }
    seenIds.set(data.case.id, file);
    onCase(file, data);
  }
  return problems;
}

/** Reads and validates every file before anything is written; the caller writes only when problems is empty. */
export function validateCaseFiles(files: readonly string[]): ValidatedFiles {
  const cases: ValidatedFiles["cases"] = [];
  const problems = visitCaseFiles(files, (file, data) => cases.push({ file, data }));
  return { cases, problems };
}

/** `file: $.relationships[3].evidence: message (code)`: the path as editors and jq users write it. */
export function formatProblem(problem: FileProblem): string {
  return `${problem.file}: ${formatIssuePath(problem.path)}: ${problem.message} (${problem.code})`;
}
