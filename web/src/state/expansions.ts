import type { Expansion } from "./state.ts";

/** Reducers over the ordered list of expanded nodes held in the URL. Each returns a new list. */

export function expand(list: readonly Expansion[], id: string): Expansion[] {
  return list.some((e) => e.id === id) ? [...list] : [...list, { id, pages: 1 }];
}

/** Fetches one more page of a dense node's neighbours. */
export function nextPage(list: readonly Expansion[], id: string): Expansion[] {
  if (!list.some((e) => e.id === id)) return expand(list, id);
  return list.map((e) => (e.id === id ? { id, pages: e.pages + 1 } : e));
}

export function collapse(list: readonly Expansion[], id: string): Expansion[] {
  return list.filter((e) => e.id !== id);
}

/** A bounded undo stack of previous expansion lists. */
export interface UndoStack<T> {
  readonly items: readonly T[];
  readonly limit: number;
}

export function emptyUndo<T>(limit = 50): UndoStack<T> {
  return { items: [], limit };
}

export function pushUndo<T>(stack: UndoStack<T>, value: T): UndoStack<T> {
  const items = [...stack.items, value];
  return { items: items.slice(Math.max(0, items.length - stack.limit)), limit: stack.limit };
}

export function popUndo<T>(stack: UndoStack<T>): { stack: UndoStack<T>; value: T | undefined } {
  const value = stack.items.at(-1);
  return { stack: { items: stack.items.slice(0, -1), limit: stack.limit }, value };
}
