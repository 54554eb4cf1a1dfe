import { JixiaoError } from '@jixiao/domain';

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
  const broken = (detail: string) =>
    new JixiaoError('UNREADABLE_FILE', `文件「${fileName}」不是完整的 Excel 文件（.xlsx）：${detail}`, [
      { message: '文件可能在下载或复制时被截断，请重新获取原文件', location: { file: fileName } },
    ]);
  let eocd = -1;
  // The record is 22 bytes plus a comment of at most 65535 bytes at the very end.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('找不到压缩包目录');
  const entries = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (entries > MAX_ZIP_ENTRIES) throw tooLarge(fileName, `包含 ${entries} 个部件`);
  let offset = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE)
      throw broken('压缩包目录已损坏');
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    total += uncompressed;
    if (uncompressed > 1024 * 1024 && uncompressed > compressed * MAX_COMPRESSION_RATIO) {
      throw tooLarge(fileName, '压缩比异常（疑似“压缩炸弹”）');
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  if (total > MAX_UNCOMPRESSED_BYTES)
    throw tooLarge(fileName, `解压后超过 ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
}

function tooLarge(fileName: string, detail: string): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', `文件「${fileName}」过大，拒绝读取：${detail}`, [
    { message: '自评表通常只有几百 KB；请检查是否选错了文件', location: { file: fileName } },
  ]);
}
