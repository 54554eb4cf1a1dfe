import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation, makeResult, makeScored } from '../test-support';
import { missedNoReason } from './missed-no-reason';

const row = (deviationReason?: string) => ({
  level1: '产出指标',
  name: '举办科普活动场次',
  weight: '10',
  target: { comparator: '>=' as const, value: '20' },
  actual: { value: '15' },
  ...(deviationReason === undefined ? {} : { deviationReason }),
});
const missed = makeResult({ indicators: [makeScored(0, { outcome: 'notMet' })] });

describe('indicator.missed-no-reason', () => {
  it('warns when a missed target has no 偏差原因', () => {
    expect(missedNoReason.run(makeContext(makeEvaluation({ indicators: [row()] }), missed))).toMatchObject([
      {
        code: 'indicator.missed-no-reason',
        severity: 'warning',
        location: { path: 'indicators[0].deviationReason' },
      },
    ]);
  });

  it('treats a blank reason as missing', () => {
    expect(
      missedNoReason.run(makeContext(makeEvaluation({ indicators: [row('   ')] }), missed)),
    ).toHaveLength(1);
  });

  it('is silent when the reason is given', () => {
    expect(
      missedNoReason.run(
        makeContext(makeEvaluation({ indicators: [row('受疫情影响，部分活动取消')] }), missed),
      ),
    ).toEqual([]);
  });

  it('warns on a qualitative row rated 部分达成 without a reason', () => {
    const evaluation = makeEvaluation({
      indicators: [
        {
          level1: '效益指标',
          name: '社会效益',
          weight: '10',
          target: { comparator: 'qualitative', text: '效果明显' },
          actual: { tier: 'partlyMet' },
          score: '7',
        },
      ],
    });
    const result = makeResult({ indicators: [makeScored(0, { outcome: 'partlyMet' })] });
    expect(missedNoReason.run(makeContext(evaluation, result))).toHaveLength(1);
  });
});
