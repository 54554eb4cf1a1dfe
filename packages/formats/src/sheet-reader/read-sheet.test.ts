import { JixiaoError } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from './grid';
import { baseLabel, isLabel } from './labels';
import { readEvaluationGrid } from './read-sheet';

const t = (text: string): GridCell => ({ text });
const n = (number: string): GridCell => ({ text: number, number });

/** A compact project sheet as a grid: several goal rows, "项 目 名 称" with spaces, 合计 row, 金额单位：元 line. */
function compactSheet(): Grid {
  return {
    file: 'compact.csv',
    rows: [
      [t('2024年度项目支出绩效自评表')],
      [t('项 目 名 称'), t('青少年科技创新大赛'), undefined, t('实施单位'), t('某区青少年科技中心')],
      [t('主管部门'), t('某区科学技术协会'), undefined, undefined, t('金额单位：元')],
      [undefined, t('年初预算数'), t('全年预算数'), t('全年执行数'), t('执行率'), t('得分')],
      [t('合计'), n('30'), n('30'), n('27'), t('90%'), n('9')],
      [],
      [t('年度总体目标'), t('预期目标'), undefined, t('实际完成情况')],
      [undefined, t('举办区级大赛1次'), undefined, t('已举办')],
      [undefined, t('选送优秀作品参加市赛'), undefined, t('选送12件')],
      [],
      [t('一级指标'), t('二级指标'), t('三级指标'), t('年度指标值'), t('实际完成值'), t('分值'), t('得分')],
      [t('产出指标'), t('数量指标'), t('参赛作品数'), t('≥100件'), t('120件'), n('50'), n('50')],
      [
        t('效益指标'),
        t('社会效益指标'),
        t('青少年科学兴趣'),
        t('明显提升'),
        t('达成年度指标'),
        n('30'),
        n('27'),
      ],
      [t('满意度指标'), undefined, t('参赛学生满意度'), t('≥90%'), t('93%'), n('10'), n('10')],
      [t('总分'), undefined, undefined, undefined, undefined, n('100'), n('96')],
    ],
  };
}

describe('readEvaluationGrid', () => {
  it('reads one goal per row, labels written with spaces, and a 合计 funds row', () => {
    const e = readEvaluationGrid(compactSheet());
    expect(e.project).toEqual({ name: '青少年科技创新大赛' });
    expect(e.unit).toEqual({ name: '某区青少年科技中心', department: '某区科学技术协会' });
    expect(e.goals).toEqual([
      { expected: '举办区级大赛1次', actual: '已举办' },
      { expected: '选送优秀作品参加市赛', actual: '选送12件' },
    ]);
    expect(e.amountUnit).toBe('yuan');
    expect(e.funds.total).toEqual({ initialBudget: '30', adjustedBudget: '30', executed: '27' });
    expect(e.stated).toMatchObject({
      executionRate: '90',
      executionScore: '9',
      totalWeight: '100',
      totalScore: '96',
    });
    expect(e.indicators.map((i) => i.level2)).toEqual(['数量指标', '社会效益指标', undefined]);
    expect(e.meta.source).toBe('compact.csv');
  });

  it('does not carry a 二级指标 across into the next 一级指标', () => {
    const e = readEvaluationGrid(compactSheet());
    expect(e.indicators[2]).toMatchObject({ level1: '满意度指标', name: '参赛学生满意度' });
    expect(e.indicators[2]?.level2).toBeUndefined();
  });

  it('reports a row with figures but no 三级指标 name, at its cell', () => {
    const grid = compactSheet();
    const row = grid.rows[12];
    if (row) row[2] = undefined;
    try {
      readEvaluationGrid(grid);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      if (!(e instanceof JixiaoError)) return;
      expect(e.issues.map((i) => [i.location?.row, i.location?.column, i.location?.path])).toEqual([
        [13, 'C', 'indicators[1].name'],
      ]);
    }
  });

  it('skips section titles, a repeated header, subtotals and 一级-only rows between indicator rows', () => {
    const grid = compactSheet();
    const header = grid.rows[10] ?? [];
    const section = (text: string) => Array.from({ length: 7 }, () => t(text));
    grid.rows.splice(11, 0, section('（一）共性指标'));
    grid.rows.splice(13, 0, [t('小计'), undefined, undefined, undefined, undefined, n('50'), n('50')]);
    grid.rows.splice(14, 0, section('（二）个性指标'), header, [t('效益指标')]);
    const e = readEvaluationGrid(grid);
    expect(e.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['产出指标', '参赛作品数'],
      ['效益指标', '青少年科学兴趣'],
      ['满意度指标', '参赛学生满意度'],
    ]);
  });

  it('answers any grid built from sheet words, numbers and noise with an Evaluation or a JixiaoError', () => {
    const words = [
      '项目支出绩效自评表（2022年度）',
      '项目名称',
      '主管部门',
      '实施单位',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '得分',
      '分值',
      '年度资金总额',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '总分',
      '预期目标',
      '实际完成情况',
      '≥50个',
      '效果明显',
      '/',
      '产出指标',
      '',
      '项目名称：x',
    ];
    const cell = fc.oneof(
      fc.constantFrom(...words).map((w): GridCell | undefined => (w ? { text: w } : undefined)),
      fc.integer({ min: -5, max: 200 }).map((v): GridCell => ({ text: String(v), number: String(v) })),
      fc.string({ maxLength: 6 }).map((s): GridCell => ({ text: s })),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }), (rows) => {
        try {
          readEvaluationGrid({ file: 'f.xlsx', sheet: 's', rows });
        } catch (e) {
          return e instanceof JixiaoError && e.code === 'INVALID_INPUT' && e.issues.length > 0;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('labels', () => {
  it('compares labels without spaces, brackets notes or trailing colons', () => {
    expect(baseLabel(' 全年预算数（A） ')).toBe('全年预算数');
    expect(baseLabel('年度资金总额：')).toBe('年度资金总额');
    expect(isLabel('项 目 名 称', ['项目名称'])).toBe(true);
    expect(isLabel('得分（20分*执行率）', ['得分'])).toBe(true);
    expect(isLabel('得分系数(%)', ['得分'])).toBe(false);
  });
});
