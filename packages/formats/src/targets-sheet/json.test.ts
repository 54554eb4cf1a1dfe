import { isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { isDeclarationJson, readDeclarationJson, writeDeclarationJson } from './json';
import { PROJECT_DECLARATION, UNIT_DECLARATION } from './test-support';

describe('申报表 JSON', () => {
  it.each([PROJECT_DECLARATION, UNIT_DECLARATION])('write → read gives the same declaration', (d) => {
    const text = writeDeclarationJson(d);
    expect(text.startsWith('{\n  "format": "jixiao.targets"')).toBe(true);
    expect(readDeclarationJson(text, 'd.json')).toEqual(d);
    expect(isDeclarationJson(JSON.parse(text))).toBe(true);
  });

  it('refuses bad JSON content with the file and field named', () => {
    const text = JSON.stringify({ ...PROJECT_DECLARATION, fiscalYear: 1900 });
    try {
      readDeclarationJson(text, 'd.json');
      expect.unreachable();
    } catch (e) {
      expect(isJixiaoError(e) && e.issues[0]?.location?.label?.zh).toBe('预算年度');
      expect(isJixiaoError(e) && e.issues[0]?.location?.file).toBe('d.json');
    }
  });

  it('tells a declaration from an evaluation by its format', () => {
    expect(isDeclarationJson({ format: 'jixiao.evaluation' })).toBe(false);
  });
});
