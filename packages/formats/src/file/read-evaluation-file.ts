import { readFile, stat } from 'node:fs/promises';
import { type Evaluation, isJixiaoError, JixiaoError, type Message, parseEvaluation } from '@jixiao/domain';
import { parseJsonText } from '../evaluation-json/json-text';
import { formatsMessage as m } from '../messages';
import { decodeText } from '../sheet-reader/csv-grid';
import {
  type EvaluationRead,
  readEvaluationCsvText,
  readEvaluationXlsxRead,
  type SheetChoice,
} from '../sheet-reader/read-workbook';

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
      throw new JixiaoError('UNREADABLE_FILE', m('file.notAFile', { file: path }), [
        { message: m('file.chooseAFile'), location: { file: path } },
      ]);
    }
    size = info.size;
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    throw new JixiaoError('NOT_FOUND', m('file.notFound', { file: path }), [
      { message: m('file.checkPath'), location: { file: path } },
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
  return (await readEvaluationUpload(bytes, fileName, choice)).evaluation;
}

/** readEvaluationBytes, saying also whether the file named its own rule set (an import keeps it then). */
export async function readEvaluationUpload(
  bytes: Uint8Array,
  fileName: string,
  choice: SheetChoice = {},
): Promise<EvaluationRead> {
  if (bytes.byteLength > MAX_EVALUATION_FILE_BYTES) throw tooLarge(fileName, bytes.byteLength);
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  try {
    if (bytes.byteLength === 0) throw unreadable(fileName, m('file.empty'));
    if (startsWith(bytes, ZIP)) {
      if (ext === 'docx' || ext === 'pptx') throw unsupported(fileName, m('file.officeDocument'));
      return await readEvaluationXlsxRead(bytes, fileName, choice);
    }
    if (startsWith(bytes, EMPTY_ZIP)) throw unreadable(fileName, m('file.emptyZip'));
    if (startsWith(bytes, OLE)) {
      throw unsupported(fileName, m('file.legacyOffice'));
    }
    if (startsWith(bytes, PDF)) throw unsupported(fileName, m('file.pdfNotEvaluation'));
    if (ext === 'xlsx' || ext === 'xlsm') throw unreadable(fileName, m('file.xlsxNotWorkbook'));
    const text = decodeText(bytes, fileName);
    if (text.trim() === '') throw unreadable(fileName, m('file.blank'));
    if (ext === 'json' || /^\s*[[{]/.test(text)) {
      const raw = parseJsonText(text, fileName);
      const evaluation = parseEvaluation(raw, { file: fileName });
      // The parsed evaluation always has a rule set (the default); the file states one only when it wrote it.
      return { evaluation, ruleSetStated: typeof raw === 'object' && raw !== null && 'ruleSet' in raw };
    }
    return { evaluation: readEvaluationCsvText(text, fileName), ruleSetStated: false };
  } catch (e) {
    if (isJixiaoError(e)) throw e;
    // A library failed on input it did not expect; the person gets a plain message, the log gets the cause.
    const wrapped = unreadable(fileName, m('file.damaged'));
    wrapped.cause = e;
    throw wrapped;
  }
}

function unreadable(fileName: string, detail: Message): JixiaoError {
  return new JixiaoError('UNREADABLE_FILE', m('file.unreadable', { file: fileName, detail }), [
    { message: detail, location: { file: fileName } },
  ]);
}

function unsupported(fileName: string, detail: Message): JixiaoError {
  return new JixiaoError('UNSUPPORTED_FORMAT', m('file.unsupported', { file: fileName, detail }), [
    { message: detail, location: { file: fileName } },
  ]);
}

function tooLarge(fileName: string, size: number): JixiaoError {
  const mb = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;
  return new JixiaoError(
    'UNREADABLE_FILE',
    m('file.tooLarge', { file: fileName, size: mb(size), max: mb(MAX_EVALUATION_FILE_BYTES) }),
    [{ message: m('file.wrongFileHint'), location: { file: fileName } }],
  );
}
