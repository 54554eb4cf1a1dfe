import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { isJixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../audit/read/read-docx';
import { readEvaluationBytes } from '../file/read-evaluation-file';
import { checkZip } from './zip-guard';

interface ZipPart {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** What the headers claim once inflated — a liar's zip understates it. */
  declaredSize: number;
}

/** A minimal zip: local headers, data, central directory, end record (CRCs are left 0; the guard does not read them). */
function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(p.method, 10);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(p.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A raw deflate stream of `megabytes` MB of zeros built without ever holding them: after the first
 * sync-flushed MB, every further MB of zeros compresses to the same ~1 kB, so it is repeated; 03 00 is
 * an empty final block. 1,900 MB come out of about 1.9 MB.
 */
async function zerosDeflated(megabytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < 3; i++) {
    deflate.write(mb);
    await new Promise<void>((resolve) => deflate.flush(constants.Z_SYNC_FLUSH, () => resolve()));
  }
  const [first, repeat] = out;
  if (!first || !repeat) throw new Error('deflate gave no output');
  const blocks = [first, ...Array.from({ length: megabytes - 1 }, () => repeat), Buffer.from([3, 0])];
  return new Uint8Array(Buffer.concat(blocks));
}

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
});
