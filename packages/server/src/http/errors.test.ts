import { describe, expect, it } from 'vitest';
import { requestLang } from './errors';

describe('requestLang', () => {
  const cases: [string | undefined, 'zh' | 'en'][] = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb, zh;q=0.5', 'en'],
    ['en;q=0.8', 'en'],
    ['zh-CN,en;q=0.9', 'zh'],
    ['fr-FR, en;q=0.5', 'zh'],
    ['english', 'zh'],
    ['*', 'zh'],
    ['', 'zh'],
    [undefined, 'zh'],
  ];
  for (const [header, lang] of cases) {
    it(`reads "${header ?? '(none)'}" as ${lang}`, () => {
      expect(requestLang({ headers: header === undefined ? {} : { 'accept-language': header } })).toBe(lang);
    });
  }
});
