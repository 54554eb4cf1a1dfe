import { buildReport, displayWidth, INDICATOR_TABLE_HEADERS, type ReportBlock } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { CELL_PADDING, columnWidths, headerLines, headerWords } from './column-widths';
import { SIZE, TEXT_WIDTH } from './gbt9704';
import { loadSeed, SEED_IDS } from './seed-support';

const col = (label: string) => ({ label, width: 1 });
const cell = (text: string) => ({ text });

describe('columnWidths', () => {
  it('fills the 8845-twip text width (210 − 28 − 26 mm)', () => {
    expect(TEXT_WIDTH).toBe(8845);
    expect(CELL_PADDING).toBe(160);
  });

  it('keeps 一级指标 and 分值 on one line and gives everything else to the long deviation text', () => {
    // 五号: 210 twips a 汉字, 105 a half-width unit, plus 160 of cell margins.
    // 一级指标 8 units → 840 + 160 = 1000; 分值 4 units ("10" is 2) → 420 + 160 = 580;
    // the deviation column: minimum its 22-unit header in two lines (12 units → 1260 + 160 = 1420),
    // maximum its 40-汉字 text on one line (80 units). Minimums 3000 twips, spare 5845 = 55 units.
    // Line by line the deviation column grows to 40 units (its text in two lines, the header in one);
    // one line more would need 40 units of the 27 left. Only it still wraps, so it takes all 5845.
    const widths = columnWidths(
      {
        columns: [col('一级指标'), col('分值'), col('偏差原因分析及改进措施')],
        rows: [[cell('产出指标'), cell('10'), cell('原因'.repeat(20))]],
      },
      SIZE.wuHao,
    );
    expect(widths).toEqual([1000, 580, 1420 + 5845]);
  });

  it('widens a column of many wrapped names before one long completion text', () => {
    // Nine 9-汉字 names (18 units) wrap at the 8-unit minimum into 3 lines each; 10 units more save
    // 18 lines. The one 22-汉字 completion saves at most 5 lines however wide it gets.
    const rows = Array.from({ length: 9 }, () => [cell('新增科技型企业数量'), cell('15')]);
    rows.push([cell('某某'), cell('选派区级科技特派员31名，市级科技特派员22名')]);
    const [names = 0] = columnWidths({ columns: [col('三级指标'), col('实际完成值')], rows }, SIZE.wuHao);
    expect(names).toBeGreaterThanOrEqual(18 * 105 + 160);
  });

  it('keeps a five-汉字 label whole and never leaves one 汉字 alone on a last line', () => {
    // 满意度指标 is 10 units: its column keeps 10 (1050 + 160 = 1210 twips) even when a long neighbour
    // wants every spare unit. 服务对象满意度指标 (18 units) may wrap, but not as 8 + 8 + 2: from its
    // 10-unit minimum it goes 10 + 8.
    const long = cell('受众对全国科技工作者日、科普之夏等品牌活动满意度持续达到90%以上'.repeat(3));
    const widths = columnWidths(
      {
        columns: [col('一级'), col('二级'), col('实际完成值')],
        rows: [[cell('满意度指标'), cell('服务对象满意度指标'), long]],
      },
      SIZE.wuHao,
    );
    expect(widths[0]).toBeGreaterThanOrEqual(1210);
    const second = ((widths[1] ?? 0) - 160) / 105;
    expect(18 % Math.floor(second) === 0 || 18 % Math.floor(second) >= 4).toBe(true);
  });

  it('keeps 年度指标值 and 实际完成值 on one line and gives the rest to the deviation header (an empty indicator table)', () => {
    // The form's eight columns: 一级指标 … 偏差原因分析及改进措施.
    const labels = INDICATOR_TABLE_HEADERS;
    const rows = [[{ text: '总分', colSpan: 5 }, cell('10'), cell('0.00'), cell('自评等级：差')]];
    const widths = columnWidths({ columns: labels.map(col), rows }, SIZE.wuHao);
    // 五号, 105 twips a unit, plus 160. Minimums: 3 × 1000 (8 units), 2 × 1210 (10), 580 + 580 (4), and
    // 1420 for the deviation header (偏差原因分析 | 及改进措施, 12): 8000. The spare 845 goes to the one
    // header that still wraps, 1420 + 845 = 2265, not enough (2470) for one line.
    expect(widths).toEqual([1000, 1000, 1000, 1210, 1210, 580, 580, 2265]);
    expect(headerLines('偏差原因分析及改进措施', 2265, SIZE.wuHao)).toEqual(['偏差原因分析', '及改进措施']);
  });

  it('spreads the spare width in proportion to the content when every text fits on one line', () => {
    // 小四: 120 twips a half-width unit. 年度资金总额 12 units → 1440 + 160 = 1600; 2931.88 7 units →
    // 840 + 160 = 1000. Spare 8845 − 2600 = 6245: 1600 + 6245 × 16/26 = 5443.08 → 5443, and the last
    // column takes the rest, 8845 − 5443 = 3402.
    const widths = columnWidths(
      { columns: [col('项目'), col('金额')], rows: [[cell('年度资金总额'), cell('2931.88')]] },
      SIZE.xiaoSi,
    );
    expect(widths).toEqual([5443, 3402]);
  });

  it('measures only cells that sit in one column: a merged total row does not widen the first', () => {
    const widths = columnWidths(
      {
        columns: [col('一级指标'), col('二级指标')],
        rows: [[{ text: '总分'.repeat(30), colSpan: 2 }]],
      },
      SIZE.xiaoSi,
    );
    // Both columns need their 8-unit header only (960 + 160 = 1120): half of 8845 each, 4422 | 4423.
    expect(widths).toEqual([4422, 4423]);
  });

  it.each(SEED_IDS)(
    'breaks the headers of the %s tables only between words, every line fitting its column',
    async (id) => {
      const seed = await loadSeed(id);
      const report = buildReport(seed.evaluation, seed.result, seed.ruleSet, seed.findings);
      const tables = report.blocks.filter(
        (b): b is Extract<ReportBlock, { type: 'table' }> => b.type === 'table',
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        const size = table.columns.length > 5 ? SIZE.wuHao : SIZE.xiaoSi;
        const widths = columnWidths(table, size);
        expect(widths.reduce((a, w) => a + w, 0)).toBe(8845);
        table.columns.forEach((c, i) => {
          const width = widths[i] ?? 0;
          const lines = headerLines(c.label, width, size);
          expect(lines.join('')).toBe(c.label);
          // Each line is whole words and fits: a half-width unit is size × 5 twips, plus 160 of margins.
          for (const line of lines) expect(displayWidth(line) * size * 5 + 160).toBeLessThanOrEqual(width);
        });
        // No cell of a full row wraps to a last line of fewer than two 汉字 (4 units).
        const lone = table.rows.flatMap((row) =>
          row.length === table.columns.length
            ? row.flatMap((cell, i) => {
                const room = Math.floor(((widths[i] ?? 0) - 160) / (size * 5));
                const w = displayWidth(cell.text);
                return w > room && w % room > 0 && w % room < 4 ? [`${cell.text} in ${room} units`] : [];
              })
            : [],
        );
        expect(lone).toEqual([]);
      }
    },
  );

  it('knows where headers break: after 年度/年初/全年/实际, before 及; 一级指标 not at all', () => {
    expect(headerWords('年度指标值')).toEqual(['年度', '指标值']);
    expect(headerWords('实际完成值')).toEqual(['实际', '完成值']);
    expect(headerWords('偏差原因分析及改进措施')).toEqual(['偏差原因分析', '及改进措施']);
    expect(headerWords('一级指标')).toEqual(['一级指标']);
    // 五号 (105 twips a unit): 6 units of room (630 + 160 = 790) put 年度 and 指标值 on two lines.
    expect(headerLines('年度指标值', 790, SIZE.wuHao)).toEqual(['年度', '指标值']);
    expect(headerLines('年度指标值', 1210, SIZE.wuHao)).toEqual(['年度指标值']);
  });
});
