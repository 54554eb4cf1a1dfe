import { isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { columnWidths } from './blocks';
import { parseFormats } from './bundle';
import { TEXT_WIDTH } from './gbt9704';

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

describe('columnWidths', () => {
  it('fills the 8845-twip text width exactly (210 − 28 − 26 mm)', () => {
    expect(TEXT_WIDTH).toBe(8845);
    const widths = columnWidths([
      { label: 'a', width: 5 },
      { label: 'b', width: 1.5 },
      { label: 'c', width: 1.5 },
      { label: 'd', width: 2 },
    ]);
    // 8845 × 5/10 = 4422.5 → 4422; × 1.5/10 = 1326.75 → 1326 (twice); the last takes 8845 − 7074 = 1771.
    expect(widths).toEqual([4422, 1326, 1326, 1771]);
  });
});
