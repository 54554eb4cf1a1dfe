import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from './read-docx';

function cell(text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) {
  return new TableCell({ ...opts, children: [new Paragraph(text)] });
}

describe('readDocx', () => {
  it('reads paragraphs and tables in document order, repeating merged cells across and down', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun('[bookmark: _Toc1]一、基本情况'), new TextRun({ text: '（节选）' })],
            }),
            new Table({
              rows: [
                new TableRow({ children: [cell('一级指标'), cell('三级指标'), cell('分值'), cell('得分')] }),
                new TableRow({
                  children: [cell('产出指标', { rowSpan: 2 }), cell('培训人次'), cell('１０'), cell('10')],
                }),
                new TableRow({ children: [cell('讲座场次'), cell('20'), cell('20')] }),
                new TableRow({ children: [cell('合计', { columnSpan: 2 }), cell('30'), cell('30')] }),
              ],
            }),
            new Paragraph('全年执行数1,209.56万元。'),
          ],
        },
      ],
    });
    const data = new Uint8Array(await Packer.toBuffer(doc));
    const read = await readDocx(data, 'a.docx');
    expect(read.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(read.blocks[0]).toMatchObject({ kind: 'paragraph', index: 1, text: '一、基本情况（节选）' });
    expect(read.blocks[1]).toMatchObject({
      kind: 'table',
      index: 1,
      rows: [
        ['一级指标', '三级指标', '分值', '得分'],
        ['产出指标', '培训人次', '10', '10'],
        ['产出指标', '讲座场次', '20', '20'],
        ['合计', '合计', '30', '30'],
      ],
    });
    expect(read.blocks[2]).toMatchObject({ kind: 'paragraph', index: 2, text: '全年执行数1209.56万元。' });
  });
});
