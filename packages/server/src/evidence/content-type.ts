import { JixiaoError } from '@jixiao/domain';
import { readZipEntries } from '@jixiao/formats';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';

/** The kinds of file evidence takes, each recognised by its content (magic bytes; an OOXML zip by its main part). */
export const EVIDENCE_KINDS = ['pdf', 'png', 'jpeg', 'docx', 'xlsx'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const CONTENT_TYPE: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The extensions accepted, each naming the kind its content must be. */
const KIND_OF_EXTENSION: Record<string, EvidenceKind> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  docx: 'docx',
  xlsx: 'xlsx',
};

/** What the bytes are: one of the kinds, a zip that is neither a Word nor an Excel file, or unknown. */
type Found = EvidenceKind | 'zip' | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OOXML_PART: Record<'docx' | 'xlsx', string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };

/**
 * The kind of the content. A zip is read with the formats' bounded zip reader (every entry inflated against
 * a byte budget, whatever its headers claim), keeping only the two part names that tell Word from Excel.
 */
function foundIn(bytes: Uint8Array, fileName: string): Found {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (!startsWith(bytes, ZIP)) return 'unknown';
  const parts = new Set(
    readZipEntries(bytes, fileName, (name) => name === OOXML_PART.docx || name === OOXML_PART.xlsx).map(
      (e) => e.name,
    ),
  );
  if (parts.has(OOXML_PART.docx)) return 'docx';
  if (parts.has(OOXML_PART.xlsx)) return 'xlsx';
  return 'zip';
}

export const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/**
 * The kind of an uploaded evidence file, from its extension and confirmed by its content: an extension
 * evidence does not take, an empty file, or content of another kind than the extension says is refused
 * (400) with a Chinese sentence naming the file and what its content is.
 */
export function recogniseEvidence(fileName: string, bytes: Uint8Array): EvidenceKind {
  const extension = extensionOf(fileName);
  const claimed = KIND_OF_EXTENSION[extension];
  if (!claimed) throw invalid(m('evidence.badType', { file: fileName }));
  if (bytes.length === 0) throw invalid(m('evidence.empty', { file: fileName }));
  let found: Found;
  try {
    found = foundIn(bytes, fileName);
  } catch (error) {
    // A damaged zip or one that inflates past the budget: refused as it is, naming the file.
    if (error instanceof JixiaoError) throw error;
    found = 'unknown';
  }
  if (found !== claimed) {
    throw invalid(
      m('evidence.contentMismatch', { file: fileName, extension, found: m(`evidence.found.${found}`) }),
    );
  }
  return claimed;
}
