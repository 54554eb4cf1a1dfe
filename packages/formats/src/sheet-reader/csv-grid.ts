import { JixiaoError } from '@jixiao/domain';
import { parse } from 'csv-parse/sync';
import { formatsMessage as m } from '../messages';
import { type Grid, type GridCell, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './grid';

/**
 * CSV bytes → Grid. Encodings: UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode 文本"),
 * and GB18030/GBK (what Chinese Excel writes for "CSV（逗号分隔）"), detected in that order: bytes
 * that are valid UTF-8 are read as UTF-8, anything else as GB18030. The delimiter (comma, tab or
 * semicolon) is taken from the first lines. Every cell is text; numbers are read later by column.
 */
export function csvToGrid(bytes: Uint8Array, fileName: string): Grid {
  return csvTextToGrid(decodeText(bytes, fileName), fileName);
}

/** CSV already decoded to text. */
export function csvTextToGrid(text: string, fileName: string): Grid {
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (e) {
    const line = typeof e === 'object' && e !== null && 'lines' in e ? Number(e.lines) : undefined;
    throw new JixiaoError(
      'UNREADABLE_FILE',
      line ? m('sheet.invalidCsvNear', { file: fileName, line }) : m('sheet.invalidCsv', { file: fileName }),
      [
        {
          message: m('sheet.csvQuotes'),
          location: { file: fileName, ...(line ? { row: line } : {}) },
        },
      ],
    );
  }
  if (records.length > MAX_SHEET_ROWS || records.some((r) => r.length > MAX_SHEET_COLUMNS)) {
    throw new JixiaoError(
      'UNREADABLE_FILE',
      m('sheet.tooBig', { file: fileName, rows: MAX_SHEET_ROWS, columns: MAX_SHEET_COLUMNS }),
      [{ message: m('sheet.tooManyCells'), location: { file: fileName } }],
    );
  }
  const rows = records.map((r) =>
    r.map((text): GridCell | undefined => (text.trim() === '' ? undefined : { text })),
  );
  return { file: fileName, rows };
}

export function decodeText(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new JixiaoError('UNREADABLE_FILE', m('sheet.binaryCsv', { file: fileName }), [
      { message: m('sheet.supportedSheets'), location: { file: fileName } },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new JixiaoError('UNREADABLE_FILE', m('sheet.unknownEncoding', { file: fileName }), [
        { message: m('sheet.saveAsUtf8'), location: { file: fileName } },
      ]);
    }
  }
}

function detectDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 10).join('\n');
  const counts = [',', '\t', ';'].map((d) => [d, head.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}
