import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { JixiaoError, type Message } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';

/**
 * Checks a zip (.xlsx, .docx, .zip) before any library inflates it. The sizes in a zip's headers are
 * whatever the sender wrote, so they are not trusted: every entry is actually inflated here, with the
 * output capped at what is left of the budget, and the file is refused as soon as the real total passes
 * `maxBytes` (MAX_UNCOMPRESSED_BYTES by default) — a 2 MB file that claims 1 kB and inflates to 2 GB
 * stops after the budget. Also refused: a missing or damaged directory (a truncated download), more than
 * MAX_ZIP_ENTRIES entries, zip64 and unknown compression methods (no 自评表 or report needs them).
 * No ratio test: with the real sizes known, the budget is the bound, and honest XML can compress 1000:1.
 * JSZip, which ExcelJS uses, reads each entry from the same offsets and compressed lengths, so what it
 * inflates afterwards is what was measured here.
 */
export const MAX_ZIP_ENTRIES = 2000;
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  method: number;
  compressed: number;
  localOffset: number;
  /** The name's bytes in the directory (decoded only when the entries themselves are read). */
  nameAt: number;
  nameLength: number;
}

export function checkZip(bytes: Uint8Array, fileName: string, maxBytes = MAX_UNCOMPRESSED_BYTES): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of readDirectory(view, fileName)) {
    const size = inflatedSize(view, entry, maxBytes - total, fileName);
    if (size === undefined)
      throw tooLarge(fileName, m('sheet.uncompressedTooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }));
    total += size;
  }
}

/**
 * The same check without holding the event loop: each entry inflates on zlib's thread pool, its output
 * counted and dropped as it comes, so a server answers other requests (its health check) while a bomb is
 * measured, and never holds more than one chunk of it. Servers call this on uploads before any reader.
 */
export async function checkZipAsync(
  bytes: Uint8Array,
  fileName: string,
  maxBytes = MAX_UNCOMPRESSED_BYTES,
): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of readDirectory(view, fileName)) {
    const size = await inflatedSizeInBackground(view, entry, maxBytes - total, fileName);
    if (size === undefined)
      throw tooLarge(fileName, m('sheet.uncompressedTooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }));
    total += size;
  }
}

/** An entry of a zip read by `readZipEntries`: its name in the archive and its inflated bytes. */
export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * The check and the reading in one pass: every entry inflated once, under the same budget and refusals as
 * checkZip, and the entries `wanted` (by name) kept. A bulk import of a department's 1,000 自评表 in one .zip
 * inflated each entry twice, once here to count and once in JSZip to read, each through its own stream.
 * Names are read as UTF-8, as JSZip reads them. Synchronous: the server calls it on a heavy-pool worker.
 */
export function readZipEntries(
  bytes: Uint8Array,
  fileName: string,
  wanted: (name: string) => boolean,
  maxBytes = MAX_UNCOMPRESSED_BYTES,
): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new TextDecoder();
  const kept: ZipEntry[] = [];
  let total = 0;
  for (const entry of readDirectory(view, fileName)) {
    const data = inflated(view, entry, maxBytes - total, fileName);
    if (data === undefined)
      throw tooLarge(fileName, m('sheet.uncompressedTooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }));
    total += data.byteLength;
    if (entry.nameAt + entry.nameLength > view.byteLength)
      throw broken(fileName, m('sheet.zipDirectoryDamaged'));
    const name = names.decode(bytes.subarray(entry.nameAt, entry.nameAt + entry.nameLength));
    if (wanted(name)) kept.push({ name, bytes: data });
  }
  return kept;
}

function readDirectory(view: DataView, fileName: string): Entry[] {
  const eocd = findEndRecord(view);
  if (eocd < 0) throw broken(fileName, m('sheet.noZipDirectory'));
  const count = view.getUint16(eocd + 10, true);
  if (count > MAX_ZIP_ENTRIES) throw tooLarge(fileName, m('sheet.tooManyParts', { entries: count }));
  const entries: Entry[] = [];
  let offset = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      throw broken(fileName, m('sheet.zipDirectoryDamaged'));
    const entry = {
      method: view.getUint16(offset + 10, true),
      compressed: view.getUint32(offset + 20, true),
      localOffset: view.getUint32(offset + 42, true),
      nameAt: offset + 46,
      nameLength: view.getUint16(offset + 28, true),
    };
    const zip64 = [entry.compressed, view.getUint32(offset + 24, true), entry.localOffset].includes(
      ZIP64_MARK,
    );
    if (zip64 || (entry.method !== STORED && entry.method !== DEFLATED))
      throw broken(fileName, m('sheet.zipDirectoryDamaged'));
    entries.push(entry);
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return entries;
}

/** The record is 22 bytes plus a comment of at most 65535 bytes at the very end. */
function findEndRecord(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** The entry's compressed bytes, after its local header (which must be where the directory says). */
function entryData(view: DataView, entry: Entry, fileName: string): Uint8Array {
  const header = entry.localOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_SIGNATURE)
    throw broken(fileName, m('sheet.zipDirectoryDamaged'));
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  if (start + entry.compressed > view.byteLength) throw broken(fileName, m('sheet.zipDirectoryDamaged'));
  return new Uint8Array(view.buffer, view.byteOffset + start, entry.compressed);
}

/** As inflatedSize, on zlib's thread pool, counting the output without keeping it. */
function inflatedSizeInBackground(
  view: DataView,
  entry: Entry,
  budget: number,
  fileName: string,
): Promise<number | undefined> {
  const data = entryData(view, entry, fileName);
  if (entry.method === STORED)
    return Promise.resolve(entry.compressed > budget ? undefined : entry.compressed);
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let over = false;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget && !over) {
        over = true;
        inflate.destroy();
        resolve(undefined);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => {
      if (!over) reject(broken(fileName, m('sheet.zipEntryDamaged')));
    });
    inflate.end(data);
  });
}

/** The entry's real inflated size, or undefined once it would pass `budget` bytes. */
function inflatedSize(view: DataView, entry: Entry, budget: number, fileName: string): number | undefined {
  return inflated(view, entry, budget, fileName)?.byteLength;
}

/** The entry inflated, or undefined once it would pass `budget` bytes. */
function inflated(view: DataView, entry: Entry, budget: number, fileName: string): Uint8Array | undefined {
  const data = entryData(view, entry, fileName);
  if (entry.method === STORED) return entry.compressed > budget ? undefined : data;
  try {
    // maxOutputLength makes zlib stop allocating at the budget, whatever the headers claimed.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw broken(fileName, m('sheet.zipEntryDamaged'));
  }
}

function broken(fileName: string, detail: Message): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', m('sheet.truncatedXlsx', { file: fileName, detail }), [
    { message: m('sheet.truncatedHint'), location: { file: fileName } },
  ]);
}

function tooLarge(fileName: string, detail: Message): JixiaoError {
  // The issue repeats the reason: a bulk import lists only the issues of each file.
  return new JixiaoError('UNREADABLE_FILE', m('sheet.refused', { file: fileName, detail }), [
    { message: m('sheet.refusedIssue', { detail }), location: { file: fileName } },
  ]);
}
