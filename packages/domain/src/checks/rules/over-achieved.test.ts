import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { overAchieved } from './over-achieved';

const row = (target: string, actual: string, extra: object = {}) => ({
  level1: '产出指标',
  name: '新增科技型企业数量',
  weight: '15',
  target: { comparator: '>=' as const, value: target, unit: '家' },
  actual: { value: actual },
  score: '15',
  ...extra,
});
const run = (...rows: ReturnType<typeof row>[]) =>
  overAchieved.run(makeContext(makeEvaluation({ indicators: rows })));

describe('indicator.over-achieved', () => {
  it('warns when 171 done against ≥100 (171% ≥ 150%)', () => {
    expect(run(row('100', '171'))).toMatchObject([
      {
        code: 'indicator.over-achieved',
        severity: 'warning',
        actual: '171',
        numbers: { completion: '1.71' },
      },
    ]);
  });

  it('warns at exactly 1.5 × target (150 of ≥100)', () => {
    expect(run(row('100', '150'))).toHaveLength(1);
  });

  it('is silent below the ratio (149 of ≥100)', () => {
    expect(run(row('100', '149'))).toEqual([]);
  });

  it('is only info when a manual score already records the reduction', () => {
    const manual = { manualScore: { score: '12', reason: '指标值偏低，调减' } };
    expect(run(row('100', '200', manual)).map((f) => f.severity)).toEqual(['info']);
  });
});
