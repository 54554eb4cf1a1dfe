/** Chinese first, English second: every sentence the engine writes exists in both. */
export type Lang = 'zh' | 'en';
export interface Localized {
  zh: string;
  en: string;
}
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
