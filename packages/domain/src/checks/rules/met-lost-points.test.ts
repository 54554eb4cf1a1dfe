import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation, makeResult, makeScored } from '../test-support';
import { metLostPoints } from './met-lost-points';

const row = (score: string, extra: object = {}) => ({
  level1: '产出指标',
  name: '新增高新技术企业数量',
  weight: '15',
  target: { comparator: '>=' as const, value: '50', unit: '家' },
  actual: { value: '59' },
  score,
  ...extra,
});
const met = makeResult({ indicators: [makeScored(0, { outcome: 'exceeded' })] });

describe('indicator.met-lost-points', () => {
  it('reports a met ≥50 target (59 done) scored 12 of 15', () => {
    const findings = metLostPoints.run(makeContext(makeEvaluation({ indicators: [row('12')] }), met));
    expect(findings).toMatchObject([
      { code: 'indicator.met-lost-points', severity: 'error', expected: '15', actual: '12' },
    ]);
    expect(findings[0]?.message.zh).toContain('≥50家');
  });

  it('is silent at full marks', () => {
    expect(metLostPoints.run(makeContext(makeEvaluation({ indicators: [row('15')] }), met))).toEqual([]);
  });

  it('is silent when a manual score with a reason explains the reduction', () => {
    const manual = { manualScore: { score: '12', reason: '指标值设定偏低，按偏离度调减' } };
    expect(metLostPoints.run(makeContext(makeEvaluation({ indicators: [row('12', manual)] }), met))).toEqual(
      [],
    );
  });

  it('is silent for qualitative rows (a met tier allows 80%–100%)', () => {
    const qualitative = {
      target: { comparator: 'qualitative' as const, text: '效果明显' },
      actual: { tier: 'met' as const },
    };
    expect(
      metLostPoints.run(makeContext(makeEvaluation({ indicators: [row('13', qualitative)] }), met)),
    ).toEqual([]);
  });
});
