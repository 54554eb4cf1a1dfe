import { JixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { csvToGrid, decodeText } from './csv-grid';

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
