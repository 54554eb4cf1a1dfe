import { deflateRawSync } from 'node:zlib';
import { isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../audit/read/read-docx';
import { zerosDeflated, zip } from './hostile-zip';
import { readEvaluationBytes } from './read-evaluation-file';
import { checkZip, checkZipAsync, readZipEntries } from './zip-guard';

async function refusal(run: () => Promise<unknown>): Promise<{ zh: string; en: string; grewMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await run();
  } catch (e) {
    if (!isJixiaoError(e)) throw e;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ...e.localized, grewMb: (peak - before) / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
  throw new Error('the file was accepted');
}

describe('zip guard measures what a zip really inflates to', () => {
  it('refuses a 1.9 MB .xlsx that claims 1 kB but inflates to 1.9 GB, naming the file, within bounded memory', async () => {
    const data = await zerosDeflated(1900);
    const bytes = zip([{ name: 'xl/worksheets/sheet1.xml', method: 8, data, declaredSize: 1000 }]);
    expect(bytes.length).toBeLessThan(2.5 * 1024 * 1024);
    const refused = await refusal(() => readEvaluationBytes(bytes, '炸弹.xlsx'));
    expect(refused.zh).toBe('文件「炸弹.xlsx」过大，拒绝读取：解压后超过 100 MB');
    expect(refused.en).toBe(
      'file "炸弹.xlsx" is too large and was refused: more than 100 MB once uncompressed',
    );
    expect(refused.grewMb).toBeLessThan(300);
  });

  it('refuses the same lie in a .docx report before JSZip opens it', async () => {
    const data = await zerosDeflated(400);
    const bytes = zip([{ name: 'word/document.xml', method: 8, data, declaredSize: 10 }]);
    const refused = await refusal(() => readDocx(bytes, '报告.docx'));
    expect(refused.zh).toBe('文件「报告.docx」过大，拒绝读取：解压后超过 96 MB');
    expect(refused.grewMb).toBeLessThan(300);
  });

  it('counts many small entries together against one budget', () => {
    // 5 entries of 1 MB of zeros each, honestly declared; a 4 MB budget is passed by the fifth.
    const data = new Uint8Array(deflateRawSync(Buffer.alloc(1024 * 1024)));
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `part${i}.xml`,
      method: 8 as const,
      data,
      declaredSize: 1024 * 1024,
    }));
    expect(() => checkZip(zip(parts), 'a.zip', 4 * 1024 * 1024)).toThrow('解压后超过 4 MB');
    expect(() => checkZip(zip(parts), 'a.zip', 5 * 1024 * 1024)).not.toThrow();
  });

  // Offsets 8 and 41 are the method fields of the local header and of the central entry (after 31 bytes).
  it.each([
    [
      'a stored entry longer than the budget',
      zip([{ name: 'a', method: 0, data: new Uint8Array(2000), declaredSize: 1 }]),
      '解压后超过',
    ],
    [
      'a deflated entry whose data is not deflate',
      zip([{ name: 'a', method: 8, data: new Uint8Array([0xff, 0xff, 0xff]), declaredSize: 1 }]),
      '部件已损坏',
    ],
    [
      'an unknown compression method',
      zip([{ name: 'a', method: 8, data: new Uint8Array(0), declaredSize: 0 }]).map((b, i) =>
        i === 8 || i === 10 + 30 + 1 ? 99 : b,
      ),
      '目录已损坏',
    ],
    ['no end record', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), '找不到压缩包目录'],
  ])('refuses %s', (_, bytes, expected) => {
    expect(() => checkZip(bytes, 'x.xlsx', 1024)).toThrow(expected);
  });

  it.each([
    [
      'a stored entry longer than the budget',
      zip([{ name: 'a', method: 0, data: new Uint8Array(2000), declaredSize: 1 }]),
      '解压后超过',
    ],
    [
      'a deflated entry whose data is not deflate',
      zip([{ name: 'a', method: 8, data: new Uint8Array([0xff, 0xff, 0xff]), declaredSize: 1 }]),
      '部件已损坏',
    ],
    ['no end record', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), '找不到压缩包目录'],
  ])('refuses %s in the background too', async (_, bytes, expected) => {
    await expect(checkZipAsync(bytes, 'x.xlsx', 1024)).rejects.toThrow(expected);
  });
});

describe('the background zip guard (checkZipAsync)', () => {
  it('refuses the 1.9 GB bomb with the same message, in bounded memory, giving the event loop its turns', async () => {
    const data = await zerosDeflated(1900);
    const bytes = zip([{ name: 'xl/worksheets/sheet1.xml', method: 8, data, declaredSize: 1000 }]);
    // Counts the event loop's turns while the bomb is measured: a synchronous inflate allows none.
    let turns = 0;
    let measuring = true;
    const turn = () => {
      turns += 1;
      if (measuring) setImmediate(turn);
    };
    setImmediate(turn);
    try {
      const refused = await refusal(() => checkZipAsync(bytes, '炸弹.xlsx'));
      expect(refused.zh).toBe('文件「炸弹.xlsx」过大，拒绝读取：解压后超过 100 MB');
      expect(refused.grewMb).toBeLessThan(100);
    } finally {
      measuring = false;
    }
    expect(turns).toBeGreaterThan(100);
  });

  it('counts entries together against one budget, exactly as checkZip', async () => {
    const data = new Uint8Array(deflateRawSync(Buffer.alloc(1024 * 1024)));
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `part${i}.xml`,
      method: 8 as const,
      data,
      declaredSize: 1024 * 1024,
    }));
    await expect(checkZipAsync(zip(parts), 'a.zip', 4 * 1024 * 1024)).rejects.toThrow('解压后超过 4 MB');
    await expect(checkZipAsync(zip(parts), 'a.zip', 5 * 1024 * 1024)).resolves.toBeUndefined();
  });
});

describe('the zip guard reading entries (readZipEntries)', () => {
  it('reads the wanted entries of a zip in the same pass, under the same budget as checkZip', () => {
    const csv = Buffer.from('项目名称,农村道路养护\r\n');
    const parts = [
      {
        name: '自评表1.csv',
        method: 8 as const,
        data: new Uint8Array(deflateRawSync(csv)),
        declaredSize: csv.length,
      },
      { name: '说明.txt', method: 0 as const, data: new Uint8Array(Buffer.from('x')), declaredSize: 1 },
      { name: '子目录/自评表2.csv', method: 0 as const, data: new Uint8Array(csv), declaredSize: csv.length },
    ];
    const read = readZipEntries(zip(parts), 'a.zip', (name) => name.endsWith('.csv'));
    expect(read.map((e) => e.name)).toEqual(['自评表1.csv', '子目录/自评表2.csv']);
    expect(read.map((e) => Buffer.from(e.bytes).toString('utf8'))).toEqual([csv.toString(), csv.toString()]);
    // The unwanted entry counts too. The CSV is 项目名称 (4 × 3 bytes) + "," + 农村道路养护 (6 × 3) + CRLF
    // = 12 + 1 + 18 + 2 = 33 bytes; two of them and 1 byte of text are 67 bytes, past a 66-byte budget.
    expect(csv.length).toBe(33);
    expect(() => readZipEntries(zip(parts), 'a.zip', () => true, 66)).toThrow('解压后超过');
    expect(readZipEntries(zip(parts), 'a.zip', () => true, 67)).toHaveLength(3);
  });

  it('refuses a lying entry while reading, as checkZip does', async () => {
    const data = await zerosDeflated(200);
    const bytes = zip([{ name: 'a.csv', method: 8, data, declaredSize: 10 }]);
    expect(() => readZipEntries(bytes, '炸弹.zip', () => true)).toThrow(
      '文件「炸弹.zip」过大，拒绝读取：解压后超过 100 MB',
    );
  });
});
