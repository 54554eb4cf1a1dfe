import { dateInChina, formatDocumentDate, isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { parseFormats, renderDocuments } from './bundle';
import { loadSeed } from './seed-support';

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

describe('renderDocuments', () => {
  it('dates a report whose data has no report date with the day it is made, in Beijing', async () => {
    const seed = await loadSeed('seed-000'); // seed 000 records no report date
    const before = dateInChina(new Date());
    const { report } = await renderDocuments('seed-000', seed, []);
    const after = dateInChina(new Date());
    const signature = report.blocks.find((b) => b.type === 'signature');
    // Either day, should the run cross Beijing midnight.
    expect([formatDocumentDate(before), formatDocumentDate(after)]).toContain(
      signature?.type === 'signature' ? signature.date : undefined,
    );
  });

  it('keeps the day it is given', async () => {
    const seed = await loadSeed('seed-000');
    const { report } = await renderDocuments('seed-000', seed, [], { issuedOn: '2024-02-29' });
    expect(report.blocks.find((b) => b.type === 'signature')).toMatchObject({ date: '2024年2月29日' });
  });
});
