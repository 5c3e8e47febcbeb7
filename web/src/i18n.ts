import { en } from "./i18n/en.ts";
import { type MessageKey, zh } from "./i18n/zh.ts";
import type { Lang } from "./state/state.ts";

export type { MessageKey };

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey) => string;

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key) => dict[key];
}

/** The label of a node type, falling back to the raw label for types the dictionary does not know. */
export function typeLabel(t: Translate, type: string): string {
  const key = `type.${type}` as MessageKey;
  return key in zh ? t(key) : type;
}

/** A node's display name: Chinese by default, English when asked and known. */
export function displayName(ref: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === "en" && ref.nameEn ? ref.nameEn : ref.name;
}
