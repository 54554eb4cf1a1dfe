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

/** A minimal zip: local headers, data, central directory, end record (CRCs are left 0; the guard does not read them). */
export function zip(parts: ZipPart[]): Uint8Array {
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
