/**
 * Leftmost-longest dictionary matching over a character trie. With a few hundred wordings of at most ~25 characters,
 * walking the trie from each position costs O(text × longest wording), well inside the time budget, and keeps
 * longest-match arbitration explicit: 代办帮办 wins over 代办, 全民招商 over the department short form 招商.
 */

export interface DictionaryMatch<T> {
  start: number;
  end: number;
  key: string;
  payload: T;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  payload?: { key: string; value: T };
}

export interface Dictionary<T> {
  /** Non-overlapping matches, scanning left to right and taking the longest wording at each position. */
  findAll(text: string): DictionaryMatch<T>[];
  readonly size: number;
}

/** Builds the trie once; a key given twice keeps its first payload (the taxonomy guarantees wordings are unique). */
export function buildDictionary<T>(entries: Iterable<readonly [string, T]>): Dictionary<T> {
  const root: TrieNode<T> = { next: new Map() };
  let size = 0;
  for (const [key, value] of entries) {
    if (!key) continue;
    let node = root;
    // Code units, not code points, because the scan below indexes the text by code unit.
    for (let k = 0; k < key.length; k++) {
      const char = key[k] as string;
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    if (!node.payload) {
      node.payload = { key, value };
      size++;
    }
  }

  return {
    size,
    findAll(text) {
      const matches: DictionaryMatch<T>[] = [];
      let i = 0;
      while (i < text.length) {
        const found = longestAt(root, text, i);
        if (found) {
          matches.push({ start: i, end: found.end, key: found.payload.key, payload: found.payload.value });
          i = found.end;
        } else {
          i++;
        }
      }
      return matches;
    },
  };
}

function longestAt<T>(root: TrieNode<T>, text: string, start: number) {
  let node: TrieNode<T> | undefined = root;
  let best: { end: number; payload: NonNullable<TrieNode<T>["payload"]> } | undefined;
  for (let j = start; j < text.length && node; j++) {
    node = node.next.get(text[j] as string);
    if (node?.payload) best = { end: j + 1, payload: node.payload };
  }
  return best;
}
