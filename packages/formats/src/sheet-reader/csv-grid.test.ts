import { JixiaoError } from '@jixiao/domain';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvToGrid, decodeText, plainCsvRecords } from './csv-grid';

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

describe('csv text decoding', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with BOM (Excel "Unicode 文本")', () => {
    const text = '项目名称,科普\r\n';
    expect(decodeText(new TextEncoder().encode(text), 'a.csv')).toBe(text);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'a.csv')).toBe(
      text,
    );
    expect(decodeText(utf16le(text), 'a.csv')).toBe(text);
  });

  it('reads GBK bytes (中文 = D6 D0 CE C4)', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'a.csv')).toBe('中文');
  });

  it('refuses bytes with NUL as not a text table', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0, 0x42]), 'a.csv')).toThrow(JixiaoError);
  });
});

describe('csvToGrid', () => {
  it('detects tab-separated text and keeps quoted commas and line breaks inside a cell', () => {
    const grid = csvToGrid(
      new TextEncoder().encode('一级指标\t三级指标\n产出指标\t"场次,\n人次"\n'),
      't.txt',
    );
    expect(grid.rows[1]?.map((c) => c?.text)).toEqual(['产出指标', '场次,\n人次']);
  });

  it('treats blank cells as absent, so merged cells exported as blanks carry down later', () => {
    const grid = csvToGrid(new TextEncoder().encode('a,,b\n'), 'x.csv');
    expect(grid.rows[0]).toEqual([{ text: 'a' }, undefined, { text: 'b' }]);
  });
});

describe('plainCsvRecords (the fast path for plain CSV)', () => {
  const csvParse = (text: string, delimiter: string): string[][] | 'error' => {
    try {
      return parse(text, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        bom: true,
      });
    } catch {
      return 'error';
    }
  };
  const delimiters = fc.constantFrom(',', '\t', ';');

  it('reads a quoted cell with doubled quotes, a delimiter and a line break inside', () => {
    expect(plainCsvRecords('a,"x ""y"", z\r\nw"\r\n,b\r\n', ',')).toEqual([
      ['a', 'x "y", z\r\nw'],
      ['', 'b'],
    ]);
  });

  it('leaves mixed line breaks, stray quotes and unclosed quotes to csv-parse', () => {
    expect(plainCsvRecords('a\r\nb\nc', ',')).toBeUndefined();
    expect(plainCsvRecords('a"b,c', ',')).toBeUndefined();
    expect(plainCsvRecords('"a"b,c', ',')).toBeUndefined();
    expect(plainCsvRecords('"a,b', ',')).toBeUndefined();
  });

  it('gives the same records as csv-parse on random text, whenever it reads the text at all', () => {
    const token = fc.constantFrom(
      'a',
      '中',
      ' ',
      ',',
      ';',
      '\t',
      '"',
      '""',
      '\r',
      '\n',
      '\r\n',
      '\uFEFF',
      '1.5',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), delimiters, (tokens, delimiter) => {
        const text = tokens.join('');
        const fast = plainCsvRecords(text, delimiter);
        if (fast !== undefined) expect(fast).toEqual(csvParse(text, delimiter));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads every well-formed CSV (cells quoted where needed, one kind of line break, BOM or not) as csv-parse does', () => {
    const cellText = fc
      .array(fc.constantFrom('a', '中', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', '％', '1'), {
        maxLength: 6,
      })
      .map((parts) => parts.join(''));
    const cell = fc.tuple(cellText, fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 }),
        delimiters,
        fc.constantFrom('\r\n', '\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        (rows, delimiter, eol, bom, trailingBreak) => {
          const written = rows.map((row) =>
            row
              .map(([text, quoteAnyway]) =>
                quoteAnyway || /["\r\n,;\t]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text,
              )
              .join(delimiter),
          );
          const text = (bom ? '\uFEFF' : '') + written.join(eol) + (trailingBreak && rows.length ? eol : '');
          const fast = plainCsvRecords(text, delimiter);
          const expected = csvParse(text, delimiter);
          // Line breaks inside cells of another kind than the rows' are csv-parse's to read.
          const oneKind = !/\r(?!\n)|(?<!\r)\n/.test(text) || !text.includes('\r') || !text.includes('\n');
          if (oneKind) expect(fast).toEqual(expected);
          else if (fast !== undefined) expect(fast).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
