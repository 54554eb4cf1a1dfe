import { JixiaoError, type Message } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';

/**
 * Checks an .xlsx (a zip) before any library inflates it: the end-of-central-directory record must be
 * there (a truncated download fails here with a clear message), and the declared sizes must be sane —
 * at most MAX_ZIP_ENTRIES entries, MAX_UNCOMPRESSED_BYTES in total and a compression ratio of at most
 * MAX_COMPRESSION_RATIO for any entry over 1 MB — which stops zip bombs. A real 自评表 is a few
 * hundred kB uncompressed.
 */
export const MAX_ZIP_ENTRIES = 2000;
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
export const MAX_COMPRESSION_RATIO = 200;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

export function checkZip(bytes: Uint8Array, fileName: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (detail: Message) =>
    new JixiaoError('UNREADABLE_FILE', m('sheet.truncatedXlsx', { file: fileName, detail }), [
      { message: m('sheet.truncatedHint'), location: { file: fileName } },
    ]);
  let eocd = -1;
  // The record is 22 bytes plus a comment of at most 65535 bytes at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken(m('sheet.noZipDirectory'));
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ZIP_ENTRIES) throw tooLarge(fileName, m('sheet.tooManyParts', { entries }));
  let offset = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      throw broken(m('sheet.zipDirectoryDamaged'));
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    total += uncompressed;
    if (uncompressed > 1024 * 1024 && uncompressed > compressed * MAX_COMPRESSION_RATIO) {
      throw tooLarge(fileName, m('sheet.zipBomb'));
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  if (total > MAX_UNCOMPRESSED_BYTES)
    throw tooLarge(fileName, m('sheet.uncompressedTooLarge', { mb: MAX_UNCOMPRESSED_BYTES / 1024 / 1024 }));
}

function tooLarge(fileName: string, detail: Message): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', m('sheet.refused', { file: fileName, detail }), [
    { message: m('file.wrongFileHint'), location: { file: fileName } },
  ]);
}
