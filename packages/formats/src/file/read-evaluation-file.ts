import { readFile, stat } from 'node:fs/promises';
import { type Evaluation, isJixiaoError, JixiaoError } from '@jixiao/domain';
import { readEvaluationJson } from '../evaluation-json/evaluation-json';
import { decodeText } from '../sheet-reader/csv-grid';
import { readEvaluationCsvText, readEvaluationXlsx, type SheetChoice } from '../sheet-reader/read-workbook';

/**
 * Any evaluation file a person may hand us — the official sheet as .xlsx or .csv, or jixiao's own
 * .json — recognised by its content first (zip signature, "{"), then by its extension. Whatever the
 * bytes, the result is an Evaluation or a JixiaoError with a Chinese message; never a library's raw
 * error. Files over MAX_EVALUATION_FILE_BYTES (20 MB) are refused before being read.
 */
export const MAX_EVALUATION_FILE_BYTES = 20 * 1024 * 1024;

export async function readEvaluationFile(path: string, choice: SheetChoice = {}): Promise<Evaluation> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new JixiaoError('UNREADABLE_FILE', `「${path}」不是文件`, [
        { message: '请选择一个文件', location: { file: path } },
      ]);
    }
    size = info.size;
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    throw new JixiaoError('NOT_FOUND', `找不到文件「${path}」`, [
      { message: '请检查路径和文件名', location: { file: path } },
    ]);
  }
  if (size > MAX_EVALUATION_FILE_BYTES) throw tooLarge(path, size);
  return readEvaluationBytes(new Uint8Array(await readFile(path)), path, choice);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Same as readEvaluationFile for bytes already in memory (an upload); `fileName` is used in messages. */
export async function readEvaluationBytes(
  bytes: Uint8Array,
  fileName: string,
  choice: SheetChoice = {},
): Promise<Evaluation> {
  if (bytes.byteLength > MAX_EVALUATION_FILE_BYTES) throw tooLarge(fileName, bytes.byteLength);
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  try {
    if (bytes.byteLength === 0) throw unreadable(fileName, '文件是空的（0 字节）');
    if (startsWith(bytes, ZIP)) {
      if (ext === 'docx' || ext === 'pptx')
        throw unsupported(fileName, '这是 Office 文档而不是自评表；自评表请用 .xlsx 或 .csv');
      return await readEvaluationXlsx(bytes, fileName, choice);
    }
    if (startsWith(bytes, EMPTY_ZIP)) throw unreadable(fileName, '这是一个空的压缩包');
    if (startsWith(bytes, OLE)) {
      throw unsupported(
        fileName,
        '这是旧版 Office 格式（.xls/.doc）；请在 Excel 或 WPS 中另存为 .xlsx 后再导入',
      );
    }
    if (startsWith(bytes, PDF))
      throw unsupported(fileName, 'PDF 无法导入为自评数据；请导入自评表的 .xlsx 或 .csv');
    if (ext === 'xlsx' || ext === 'xlsm')
      throw unreadable(fileName, '扩展名是 .xlsx，但内容不是 Excel 工作簿（文件可能已损坏）');
    const text = decodeText(bytes, fileName);
    if (text.trim() === '') throw unreadable(fileName, '文件只有空白，没有内容');
    if (ext === 'json' || /^\s*[[{]/.test(text)) return readEvaluationJson(text, fileName);
    return readEvaluationCsvText(text, fileName);
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    // A library failed on input it did not expect; the person gets a plain message, the log gets the cause.
    const wrapped = unreadable(fileName, '文件内容无法识别或已损坏');
    wrapped.cause = e;
    throw wrapped;
  }
}

function unreadable(fileName: string, detail: string): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', `无法读取文件「${fileName}」：${detail}`, [
    { message: detail, location: { file: fileName } },
  ]);
}

function unsupported(fileName: string, detail: string): JixiaoError {
  return new JixiaoError('UNSUPPORTED_FORMAT', `不支持文件「${fileName}」的格式：${detail}`, [
    { message: detail, location: { file: fileName } },
  ]);
}

function tooLarge(fileName: string, size: number): JixiaoError {
  const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
  return new JixiaoError(
    'UNREADABLE_FILE',
    `文件「${fileName}」过大（约 ${mb(size)}），上限为 ${mb(MAX_EVALUATION_FILE_BYTES)}`,
    [{ message: '自评表通常只有几百 KB；请检查是否选错了文件', location: { file: fileName } }],
  );
}
