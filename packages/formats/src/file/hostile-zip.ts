import { constants, createDeflateRaw } from 'node:zlib';

/**
 * Hostile zips for tests, generated on the spot (never stored): a zip whose headers say whatever the
 * test wants, and deflate data that inflates to far more than it claims.
 */

export interface ZipPart {
  name: string;
  method: 0 | 8;
  data: Uint8Array;
  /** What the headers claim once inflated — a liar's zip understates it. */
  declaredSize: number;
}

/** A little-endian record of `length` bytes: [value, offset, width] for each field, the rest 0. */
function record(length: number, fields: [number, number, 2 | 4][]): Buffer {
  const b = Buffer.alloc(length);
  for (const [value, at, width] of fields) {
    if (width === 4) b.writeUInt32LE(value, at);
    else b.writeUInt16LE(value, at);
  }
  return b;
}

/** A minimal zip: local headers, data, central directory, end record (CRCs are left 0; the guard does not read them). */
export function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const sizes = (at: number): [number, number, 2 | 4][] => [
      [p.data.length, at, 4],
      [p.declaredSize, at + 4, 4],
      [name.length, at + 8, 2],
    ];
    const local = record(30, [[0x04034b50, 0, 4], [p.method, 8, 2], ...sizes(18)]);
    const central = record(46, [[0x02014b50, 0, 4], [p.method, 10, 2], ...sizes(20), [offset, 42, 4]]);
    locals.push(local, name, Buffer.from(p.data));
    centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(centrals);
  const count: [number, number, 2 | 4][] = [
    [parts.length, 8, 2],
    [parts.length, 10, 2],
  ];
  const end = record(22, [[0x06054b50, 0, 4], ...count, [directory.length, 12, 4], [offset, 16, 4]]);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A raw deflate stream of `megabytes` MB of zeros built without ever holding them: after the first
 * sync-flushed MB, every further MB of zeros compresses to the same ~1 kB, so it is repeated; 03 00 is
 * an empty final block. 1,900 MB come out of about 1.9 MB.
 */
export async function zerosDeflated(megabytes: number): Promise<Uint8Array> {
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
