import { en } from './messages.en';
import { type MessageKey, zh } from './messages.zh';
import { interpolate, type Lang, type Params } from './translate';

/**
 * The messages loaded so far, per language: the core table from the start, and each area table
 * (areas/<area>.ts) once a module that uses one of its keys has been loaded. A module that names a key
 * of an area imports that area (translate.test.ts checks every source file), so the table is in before
 * the module's code runs, and it travels in whichever chunk that module is bundled in: the sign-in page
 * loads the core table only.
 */
const LOADED: Record<Lang, Map<string, string>> = {
  zh: new Map(Object.entries(zh)),
  en: new Map(Object.entries(en)),
};

/** Adds an area's tables (the same keys in both languages, their types say so). */
export function addMessages<K extends MessageKey>(
  zhTable: Readonly<Record<K, string>>,
  enTable: Readonly<Record<K, string>>,
): void {
  for (const [key, text] of Object.entries<string>(zhTable)) LOADED.zh.set(key, text);
  for (const [key, text] of Object.entries<string>(enTable)) LOADED.en.set(key, text);
}

/** The text of `key` in `lang`, placeholders filled; a key whose area was never loaded shows as itself. */
export function message(lang: Lang, key: MessageKey, params?: Params): string {
  return interpolate(LOADED[lang].get(key) ?? key, params);
}

/** `t` for one language, outside React (tests, helpers). */
export const translator =
  (lang: Lang) =>
  (key: MessageKey, params?: Params): string =>
    message(lang, key, params);
