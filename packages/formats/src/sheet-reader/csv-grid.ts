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
  let records: string[][] | undefined = plainCsvRecords(text, delimiter);
  try {
    records ??= parse(text, {
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

const QUOTE = 0x22;

/**
 * The records of a CSV as csv-parse reads it with the options above, for the common case only: one kind
 * of line break throughout, and quotes only around whole cells (`"a,b"`, `"say ""hi"""`). Anything else
 * (mixed line breaks, a quote inside an unquoted cell, text after a closing quote, an unclosed quote)
 * returns undefined and is left to csv-parse, which owns those rules and their error messages.
 * csv-parse builds an Error object for every record shorter than the first (the 自评表's rows all are),
 * which made it the largest single cost of a bulk import.
 */
export function plainCsvRecords(source: string, delimiter: string): string[][] | undefined {
  if (delimiter.length !== 1) return undefined;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const cr = occurrences(text, '\r');
  const lf = occurrences(text, '\n');
  let eol: string;
  if (cr === 0) eol = '\n';
  else if (lf === 0) eol = '\r';
  else if (cr === lf && occurrences(text, '\r\n') === cr) eol = '\r\n';
  else return undefined;
  const eolStart = eol.charCodeAt(0);
  const separator = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const n = text.length;
  if (n === 0) return records;
  let record: string[] = [];
  let pos = 0;
  for (;;) {
    let field: string;
    if (text.charCodeAt(pos) === QUOTE) {
      field = '';
      let from = pos + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return undefined;
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        field += text.slice(from, q);
        pos = q + 1;
        break;
      }
      if (pos < n && text.charCodeAt(pos) !== separator && text.charCodeAt(pos) !== eolStart)
        return undefined;
    } else {
      let end = pos;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === separator || c === eolStart) break;
        if (c === QUOTE) return undefined;
        end++;
      }
      field = text.slice(pos, end);
      pos = end;
    }
    record.push(field);
    if (pos >= n) {
      records.push(record);
      return records;
    }
    if (text.charCodeAt(pos) === separator) {
      pos++;
      continue;
    }
    records.push(record);
    record = [];
    pos += eol.length;
    if (pos >= n) return records;
  }
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

function detectDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 10).join('\n');
  const counts = [',', '\t', ';'].map((d) => [d, head.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}
