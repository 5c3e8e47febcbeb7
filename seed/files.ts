import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CaseFile, caseFileSchema } from "../graph-schema/index.ts";

export const bundledCasesDir = fileURLToPath(new URL("./cases/", import.meta.url));

/** One thing wrong with one file: where (file and JSON path) and why. Seed errors print as `file: path: message`. */
export interface FileProblem {
  file: string;
  path: string;
  code: string;
  message: string;
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

/** JSON path in the `$.a[0].b` form, which is what editors and jq users recognise. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (acc, segment) => (typeof segment === "number" ? `${acc}[${segment}]` : `${acc}.${String(segment)}`),
    "$",
  );
}

/** Parses and validates one file's text; never throws for bad input, only reports it. */
export function validateCaseText(file: string, text: string): { data?: CaseFile; problems: FileProblem[] } {
  if (text.includes("\uFFFD")) {
    return { problems: [{ file, path: "$", code: "encoding", message: "file is not valid UTF-8" }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problems: [{ file, path: "$", code: "invalid_json", message: (error as Error).message }] };
  }
  const parsed = caseFileSchema.safeParse(json);
  if (parsed.success) return { data: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => ({
      file,
      path: jsonPath(issue.path),
      code: issue.code,
      message: issue.message,
    })),
  };
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
      result.problems.push({ file, path: "$", code: "unreadable", message });
      continue;
    }
    const { data, problems } = validateCaseText(file, text);
    result.problems.push(...problems);
    if (!data) continue;
    const earlier = seenIds.get(data.case.id);
    if (earlier) {
      result.problems.push({
        file,
        path: "$.case.id",
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

export function formatProblem(problem: FileProblem): string {
  return `${problem.file}: ${problem.path}: ${problem.message} (${problem.code})`;
}
