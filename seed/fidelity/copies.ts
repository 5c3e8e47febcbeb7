import { copyTokens } from "./normalize.ts";

/** The spec's limit: no own-words string shares this many consecutive tokens with a source. */
export const copyRunLength = 12;

export interface CopyIndex {
  /** The longest run of at least `copyRunLength` tokens that `text` shares with a source, or undefined. */
  sharedRun(text: string): string | undefined;
}

const joiner = "\u0001";

/** Every window of `run` tokens of the sources, so a string is checked in time linear in its length. */
export function buildCopyIndex(sources: readonly string[], run = copyRunLength): CopyIndex {
  const windows = new Set<string>();
  for (const text of sources) {
    const tokens = copyTokens(text);
    for (let i = 0; i + run <= tokens.length; i++) windows.add(tokens.slice(i, i + run).join(joiner));
  }
  return {
    sharedRun(text) {
      const tokens = copyTokens(text);
      let best: string[] | undefined;
      for (let i = 0; i + run <= tokens.length; i++) {
        if (!windows.has(tokens.slice(i, i + run).join(joiner))) continue;
        let end = i + run;
        while (end < tokens.length && windows.has(tokens.slice(end - run + 1, end + 1).join(joiner))) end++;
        if (!best || end - i > best.length) best = tokens.slice(i, end);
      }
      return best
        ?.map((t, j) => (j > 0 && /[a-z]/.test(t) && /[a-z\d]/.test(best?.[j - 1] ?? "") ? ` ${t}` : t))
        .join("");
    },
  };
}
