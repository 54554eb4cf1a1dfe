import { readDocx } from '@jixiao/formats';
import { describe, expect, it } from 'vitest';
import { corpusTextBlocks, corpusTextToDocx } from './to-docx';

describe('corpus text as Word', () => {
  it('turns pipe rows into one table and other lines into paragraphs, dropping lines of bare pipes', () => {
    const blocks = corpusTextBlocks(
      '某县项目支出绩效自评表\n项目名称 | 道路养护 | ||\n|\n主管部门 | 某县交通局 |\n一、基本情况',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '某县项目支出绩效自评表' },
      {
        kind: 'table',
        rows: [
          ['项目名称', '道路养护'],
          ['主管部门', '某县交通局'],
        ],
      },
      { kind: 'paragraph', text: '一、基本情况' },
    ]);
  });

  it('writes a .docx the audit reads back as the same paragraphs and table', async () => {
    const doc = await readDocx(
      await corpusTextToDocx('标题\n项目名称 | 道路养护\n主管部门 | 某县交通局\n结语'),
      'x.docx',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows : []).toEqual([
      ['项目名称', '道路养护'],
      ['主管部门', '某县交通局'],
    ]);
  });
});
