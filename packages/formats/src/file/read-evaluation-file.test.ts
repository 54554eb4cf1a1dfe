import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JixiaoError } from '@jixiao/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEvaluationJson } from '../evaluation-json/evaluation-json';
import { buildWorkbook, chizhouProjectSheet, toCsv } from '../sheet-reader/sheet-fixtures';
import { MAX_EVALUATION_FILE_BYTES, readEvaluationBytes, readEvaluationFile } from './read-evaluation-file';

async function failure(promise: Promise<unknown>): Promise<JixiaoError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof JixiaoError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoError');
}

let xlsx: Uint8Array;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-formats-'));
beforeAll(async () => {
  xlsx = await buildWorkbook([chizhouProjectSheet]);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readEvaluationFile recognises the file by its content', () => {
  it('reads an .xlsx, the same sheet as .csv, and the JSON written from it', async () => {
    writeFileSync(join(dir, 'a.xlsx'), xlsx);
    const fromXlsx = await readEvaluationFile(join(dir, 'a.xlsx'));
    writeFileSync(join(dir, 'a.csv'), toCsv(chizhouProjectSheet));
    const fromCsv = await readEvaluationFile(join(dir, 'a.csv'));
    expect(fromCsv.indicators).toEqual(fromXlsx.indicators);
    // A JSON file under a misleading name is still recognised by its "{".
    writeFileSync(join(dir, 'exported.txt'), writeEvaluationJson(fromXlsx));
    expect(await readEvaluationFile(join(dir, 'exported.txt'))).toEqual(fromXlsx);
  });

  it('says a missing file is missing', async () => {
    const err = await failure(readEvaluationFile(join(dir, 'nope.xlsx')));
    expect(err.code).toBe('NOT_FOUND');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const big = join(dir, 'big.xlsx');
    writeFileSync(big, '');
    truncateSync(big, MAX_EVALUATION_FILE_BYTES + 1);
    const err = await failure(readEvaluationFile(big));
    expect(err.code).toBe('UNREADABLE_FILE');
    expect(err.message).toContain('过大');
  });
});

describe('bad bytes always end in a JixiaoError with a Chinese message', () => {
  it.each([
    ['empty.xlsx', new Uint8Array(0), 'UNREADABLE_FILE', '0 字节'],
    ['blank.csv', new TextEncoder().encode('  \r\n '), 'UNREADABLE_FILE', '空白'],
    [
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'UNSUPPORTED_FORMAT',
      '另存为 .xlsx',
    ],
    ['r.pdf', new TextEncoder().encode('%PDF-1.7\n'), 'UNSUPPORTED_FORMAT', 'PDF'],
    ['fake.xlsx', new TextEncoder().encode('hello'), 'UNREADABLE_FILE', '不是 Excel 工作簿'],
    ['bin.dat', new Uint8Array([1, 2, 0, 3]), 'UNREADABLE_FILE', '二进制'],
    [
      'notes.csv',
      new TextEncoder().encode('姓名,电话\n张三,123\n'),
      'UNREADABLE_FILE',
      '没有可识别的自评表内容',
    ],
  ])('%s', async (name, bytes, code, words) => {
    const err = await failure(readEvaluationBytes(bytes, name));
    expect(err.code).toBe(code);
    expect(err.message).toContain(words);
  });

  it('refuses every truncation of a real .xlsx with UNREADABLE_FILE', async () => {
    for (const fraction of [0.05, 0.3, 0.5, 0.8, 0.99]) {
      const cut = xlsx.slice(0, Math.floor(xlsx.length * fraction));
      const err = await failure(readEvaluationBytes(cut, 'cut.xlsx'));
      expect(err.code).toBe('UNREADABLE_FILE');
      expect(err.message).toContain('不是完整的 Excel 文件');
    }
  });

  it('turns a corrupted workbook into UNREADABLE_FILE or INVALID_INPUT, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 30, max: xlsx.length - 100 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, xor) => {
          const bytes = xlsx.slice();
          bytes[at] = (bytes[at] ?? 0) ^ xor;
          try {
            await readEvaluationBytes(bytes, 'x.xlsx');
          } catch (e) {
            return e instanceof JixiaoError && ['UNREADABLE_FILE', 'INVALID_INPUT'].includes(e.code);
          }
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers random bytes under any name with a JixiaoError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('f.xlsx', 'f.csv', 'f.json', 'f', 'f.txt'),
        fc.boolean(),
        async (body, name, asZip) => {
          const bytes = asZip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...body]) : body;
          try {
            await readEvaluationBytes(bytes, name);
          } catch (e) {
            return e instanceof JixiaoError && e.message.length > 0;
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});
