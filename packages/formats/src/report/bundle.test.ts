import { isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { parseFormats } from './bundle';

describe('parseFormats', () => {
  it('reads comma lists and repeated options, in the canonical order, without duplicates', () => {
    expect(parseFormats(['pdf,docx', 'DOCX', 'xlsx'])).toEqual(['docx', 'xlsx', 'pdf']);
    expect(parseFormats(['docx，xlsx'])).toEqual(['docx', 'xlsx']);
  });

  it('names every unknown format and the choices', () => {
    try {
      parseFormats(['docx,odt', 'rtf']);
      expect.unreachable();
    } catch (e) {
      expect(isJixiaoError(e) && e.code).toBe('INVALID_INPUT');
      expect(e instanceof Error && e.message).toBe(
        '不支持的文档格式：odt、rtf（可选：docx、xlsx、pdf，可用逗号分隔或重复 --format）',
      );
    }
  });
});
