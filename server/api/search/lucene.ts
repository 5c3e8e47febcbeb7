/** Characters with a meaning in Lucene's query syntax; user text must never carry that meaning. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (ch) => `\\${ch}`);
}

/**
 * Builds the full-text query for a user's search text: the analysed text itself (the cjk analyzer turns
 * 代办 into a bigram that matches 全程代办), OR'd with a prefix form of every term so that partial words
 * ("prox") and single Chinese characters still find something. Returns undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  const terms = text
    .normalize("NFKC")
    .split(/\s+/)
    .map((term) => term.replace(SPECIAL, "").toLowerCase())
    .filter((term) => term.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return undefined;
  const analysed = terms.map((term) => escapeLucene(term)).join(" ");
  const prefixes = terms.map((term) => `${escapeLucene(term)}*`).join(" ");
  return `(${analysed}) OR (${prefixes})`;
}
