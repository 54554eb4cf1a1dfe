/**
 * The i18n core: a dictionary per language with the same keys, and `{name}` placeholders.
 * Kept free of React so it can be unit-tested and used outside components (API error fallback).
 */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type Params = Record<string, string | number>;

/** Replaces every `{name}` with params[name]; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate<K extends string>(dict: Record<K, string>, key: K, params?: Params): string {
  return interpolate(dict[key], params);
}

/** Reads the language from a stored preference, falling back to Chinese (the product's first language). */
export function parseLang(stored: string | null | undefined): Lang {
  return stored === 'en' ? 'en' : 'zh';
}
