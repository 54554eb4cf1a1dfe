import { describe, expect, it } from 'vitest';
import { indexFacts } from './index-table';

describe('facts from a corpus INDEX.md', () => {
  it('reads unit, year, total and type by column name, and "n/a" or "—" as not stated', () => {
    const md = [
      '# Corpus',
      '',
      '| # | File | Unit | Year | Type | Total | Grade |',
      '|---|------|------|------|------|-------|-------|',
      '| 01 | a.md | 某县农业农村局 | 2019 project (filled 2022) | 项目支出 | 71.7 | — (中) |',
      '| 02 | `b.md` | 某镇卫生院 | 2021 | 部门整体 | n/a (≤94) | 优 |',
      '',
      'Other text | with a bar',
    ].join('\n');
    expect(Object.fromEntries(indexFacts(md))).toEqual({
      'a.md': { unit: '某县农业农村局', year: '2019', kind: '项目支出', totalScore: '71.7' },
      'b.md': { unit: '某镇卫生院', year: '2021', kind: '部门整体', grade: '优' },
    });
  });

  it('ignores tables without a file column', () => {
    expect(indexFacts('| Unit | Year |\n|---|---|\n| 某局 | 2020 |\n').size).toBe(0);
  });
});
