import { describe, expect, it } from 'vitest';
import { dec } from '../../money/decimal';
import { makeContext, makeEvaluation, makeResult } from '../test-support';
import { statedGradeMismatch } from './stated-grade';

const indicators = [{ level1: '产出指标', name: '新增企业', weight: '90' }];
const run = (
  grade: string,
  totalScore: string,
  computedTotal: string,
  computedGrade: { key: 'excellent' | 'good' | 'fair' | 'poor'; label: string },
) =>
  statedGradeMismatch.run(
    makeContext(
      makeEvaluation({ indicators, stated: { grade, totalScore, blockScores: [] } }),
      makeResult({ totalScore: dec(computedTotal), grade: computedGrade }),
    ),
  );

describe('stated.grade-mismatch', () => {
  it('accepts an alias: seed 001 says 良好 for 89.45, the rule set grade is 良', () => {
    expect(run('良好', '89.45', '89.45', { key: 'good', label: '良' })).toEqual([]);
  });

  it('accepts the grade written with quotes (“优”)', () => {
    expect(run('“优”', '94.24', '94.24', { key: 'excellent', label: '优' })).toEqual([]);
  });

  it('reports 优 for a computed 85 (良) as an error', () => {
    expect(run('优', '85', '85', { key: 'good', label: '良' })).toMatchObject([
      { code: 'stated.grade-mismatch', severity: 'error', expected: '良', actual: '优' },
    ]);
  });

  it('reports 优 from a stated 90 whose computed total is 89.99 as rounding only (info)', () => {
    // "90.00" against 89.99 is one unit in the last place (尾差), and 90.00 is in the 优 band,
    // so the grade difference comes from rounding the total.
    expect(run('优', '90.00', '89.99', { key: 'good', label: '良' }).map((f) => f.severity)).toEqual([
      'info',
    ]);
  });

  it('warns on a word that is no grade of the rule set', () => {
    expect(run('合格', '85', '85', { key: 'good', label: '良' })).toMatchObject([{ severity: 'warning' }]);
  });
});
