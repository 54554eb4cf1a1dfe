import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tableXlsx } from './table-xlsx';

async function read(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  // An ArrayBuffer of exactly the bytes, as a download hands it over.
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

describe('the flat table workbook', () => {
  it('writes a bold frozen header, column widths, text, exact numbers under their format, and empty cells', async () => {
    const bytes = await tableXlsx(
      '总览',
      [
        { header: '单位', width: 24 },
        { header: '总分', width: 10, numberFormat: '0.00' },
        { header: '错误数', width: 8 },
      ],
      [
        ['重庆市璧山区科学技术局 <甲> & "乙"', { number: '94.24' }, 3],
        ['未评分的', null, 0],
      ],
    );
    const sheet = (await read(bytes)).getWorksheet('总览');
    expect(sheet?.getRow(1).values).toEqual([undefined, '单位', '总分', '错误数']);
    expect([1, 2, 3].map((i) => sheet?.getRow(1).getCell(i).font?.bold)).toEqual([true, true, true]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.columns.map((c) => c.width)).toEqual([24, 10, 8]);
    expect(sheet?.getRow(2).values).toEqual([undefined, '重庆市璧山区科学技术局 <甲> & "乙"', 94.24, 3]);
    expect(sheet?.getRow(2).getCell(2).numFmt).toBe('0.00');
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
    expect(sheet?.rowCount).toBe(3);
  });

  it('writes a number as the decimal text given, never through a double', async () => {
    const bytes = await tableXlsx(
      '表',
      [{ header: 'x', width: 8 }],
      [[{ number: '0.1000000000000000055511' }]],
    );
    const xml =
      (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(xml).toContain('<v>0.1000000000000000055511</v>');
  });

  it('names columns past Z as spreadsheets do (AA, AB …)', async () => {
    const columns = Array.from({ length: 28 }, (_, i) => ({ header: `c${i + 1}`, width: 4 }));
    const bytes = await tableXlsx('表', columns, [columns.map((_, i) => i + 1)]);
    const xml =
      (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(xml).toContain('<c r="Z2"><v>26</v></c><c r="AA2"><v>27</v></c><c r="AB2"><v>28</v></c>');
    expect((await read(bytes)).getWorksheet('表')?.getRow(2).getCell(28).value).toBe(28);
  });

  it('stores each distinct text once and every cell of it reads back the same, past the 1 MB first buffer', async () => {
    // 40,000 rows × 2 text cells of 3 distinct texts, under two header cells of one more text:
    // 80,000 + 2 = 80,002 uses, 3 + 1 = 4 distinct.
    const words = ['甲单位 <一>', '乙单位 & 二', '丙'];
    const rows = Array.from({ length: 40_000 }, (_, i) => [words[i % 3] ?? '', words[(i + 1) % 3] ?? '']);
    const bytes = await tableXlsx(
      '表',
      [
        { header: '单位', width: 8 },
        { header: '单位', width: 8 },
      ],
      rows,
    );
    const zip = await JSZip.loadAsync(bytes);
    const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(shared).toContain('count="80002" uniqueCount="4"');
    const sheet = (await read(bytes)).getWorksheet('表');
    expect(sheet?.rowCount).toBe(40_001);
    expect(sheet?.getRow(40_001).values).toEqual([undefined, words[39_999 % 3], words[40_000 % 3]]);
    expect(sheet?.getRow(2).values).toEqual([undefined, '甲单位 <一>', '乙单位 & 二']);
  });
});
