import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult, makeScored } from '../test-support';
import { missedFullMarks } from './missed-full-marks';

const row = (score: string) => ({
  level1: '产出指标',
  name: '举办科普活动场次',
  weight: '10',
  target: { comparator: '>=' as const, value: '20', unit: '场' },
  actual: { value: '15' },
  score,
});
// 15 of 20 → 15 ÷ 20 × 10 = 7.5
const missed = makeResult({ indicators: [makeScored(0, { outcome: 'notMet', score: dec('7.5') })] });

describe('indicator.missed-full-marks', () => {
  it('reports a missed ≥20 target (15 done) given full marks 10; in proportion 15 ÷ 20 × 10 = 7.5', () => {
    const findings = missedFullMarks.run(makeContext(makeEvaluation({ indicators: [row('10')] }), missed));
    expect(findings).toMatchObject([
      { code: 'indicator.missed-full-marks', severity: 'error', expected: '7.5', actual: '10' },
    ]);
  });

  it('is silent when the missed target is scored in proportion', () => {
    expect(missedFullMarks.run(makeContext(makeEvaluation({ indicators: [row('7.5')] }), missed))).toEqual(
      [],
    );
  });

  it('reports full marks that the proportional score rounds to as info (9999 of 10000 × 10 = 9.999 → 10.00)', () => {
    const nearly = makeResult({ indicators: [makeScored(0, { outcome: 'notMet', score: dec('10.00') })] });
    expect(
      missedFullMarks
        .run(makeContext(makeEvaluation({ indicators: [row('10')] }), nearly))
        .map((f) => f.severity),
    ).toEqual(['info']);
  });

  it('is silent when the target was met', () => {
    const met = makeResult({ indicators: [makeScored(0, { outcome: 'met' })] });
    expect(missedFullMarks.run(makeContext(makeEvaluation({ indicators: [row('10')] }), met))).toEqual([]);
  });
});
