import { JixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { isNoIndicatorsMarker, readNotes, writeNotes } from './conventions';
import type { Grid, GridCell } from './grid';
import { readEvaluationGrid } from './read-sheet';

const t = (text: string): GridCell => ({ text });
const n = (number: string): GridCell => ({ text: number, number });

/** A small project sheet whose indicator rows and funds block the tests below vary. */
function sheet(indicatorRows: (GridCell | undefined)[][], extraFundsRow?: (GridCell | undefined)[]): Grid {
  return {
    file: 'notes.csv',
    rows: [
      [t('2024年度项目支出绩效自评表')],
      [t('项目名称'), t('科普讲座'), undefined, t('实施单位'), t('某区科协')],
      [undefined, t('年初预算数'), t('全年预算数'), t('全年执行数'), t('执行率'), t('得分')],
      [t('年度资金总额'), undefined, undefined, n('30'), t('—'), n('10')],
      ...(extraFundsRow ? [extraFundsRow] : []),
      [
        t('一级指标'),
        t('三级指标'),
        t('年度指标值'),
        t('实际完成值'),
        t('分值'),
        t('得分'),
        t('偏差原因分析及改进措施'),
      ],
      ...indicatorRows,
    ],
  };
}

describe('the 偏差原因分析及改进措施 cell', () => {
  it('splits the reason, the 改进措施 line and the 人工评定理由 line, either colon', () => {
    expect(readNotes('讲座推迟\n改进措施:提前预约场地\n人工评定理由：未列指标值，按报告得分')).toEqual({
      deviationReason: '讲座推迟',
      improvementMeasure: '提前预约场地',
      manualReason: '未列指标值，按报告得分',
    });
    expect(readNotes('改进措施要及早落实')).toEqual({ deviationReason: '改进措施要及早落实' });
  });

  it('reads back what it writes', () => {
    const notes = { deviationReason: '一场延期', improvementMeasure: '加强调度' };
    expect(writeNotes(notes)).toBe('一场延期\n改进措施：加强调度');
    expect(readNotes(writeNotes(notes))).toEqual(notes);
    expect(writeNotes({})).toBe('');
  });
});

describe('the marker of an indicator table empty on purpose', () => {
  it('is recognised with or without brackets and spaces, and nothing else is', () => {
    expect(isNoIndicatorsMarker('（本次自评未填报绩效指标）')).toBe(true);
    expect(isNoIndicatorsMarker(' (本次自评 未填报绩效指标) ')).toBe(true);
    expect(isNoIndicatorsMarker('本次自评未填报绩效指标')).toBe(true);
    expect(isNoIndicatorsMarker('未填报')).toBe(false);
    expect(isNoIndicatorsMarker('（无）')).toBe(false);
  });
});

describe('scores set by hand on a sheet', () => {
  it('reads an indicator 得分 with a 人工评定理由 line as a manual score with that reason', () => {
    const e = readEvaluationGrid(
      sheet([
        [t('产出指标'), t('讲座场次'), undefined, t('12场'), n('90'), n('80'), t('人工评定理由：未列指标值')],
      ]),
    );
    expect(e.indicators[0]?.manualScore).toEqual({ score: '80', reason: '未列指标值' });
    expect(e.indicators[0]?.deviationReason).toBeUndefined();
  });

  it('refuses a 人工评定理由 without a 得分, at the 得分 cell', () => {
    try {
      readEvaluationGrid(
        sheet([
          [t('产出指标'), t('讲座场次'), t('≥10场'), t('12场'), n('90'), undefined, t('人工评定理由：酌情')],
        ]),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JixiaoError);
      if (!(e instanceof JixiaoError)) return;
      expect(e.issues.map((i) => [i.location?.row, i.location?.column, i.message.text.zh])).toEqual([
        [6, 'F', '写了人工评定理由，但没有填写得分'],
      ]);
    }
  });

  it('reads the 执行率得分人工评定理由 row of the funds block as the execution score set by hand', () => {
    const e = readEvaluationGrid(
      sheet(
        [[t('产出指标'), t('讲座场次'), t('≥10场'), t('12场'), n('90'), n('90')]],
        [
          t('执行率得分人工评定理由'),
          t('报告未列预算数，执行率按 100% 计'),
          t('报告未列预算数，执行率按 100% 计'),
        ],
      ),
    );
    expect(e.executionManualScore).toEqual({ score: '10', reason: '报告未列预算数，执行率按 100% 计' });
    expect(e.funds).toEqual({ total: { executed: '30' } });
  });
});
