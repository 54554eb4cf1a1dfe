import { describe, expect, it } from 'vitest';
import { type EvaluationOverrides, makeContext, makeEvaluation } from '../test-support';
import { statedBlockScoresSumMismatch } from './stated-block-scores-sum';

const run = (stated: EvaluationOverrides['stated']) =>
  statedBlockScoresSumMismatch.run(makeContext(makeEvaluation({ stated })));

describe('stated.block-scores-sum-mismatch', () => {
  it('is silent on seed 001: 预算执行 10 + 产出 50.45 + 效益 24.6 + 满意度 4.4 = 89.45', () => {
    const findings = run({
      totalScore: '89.45',
      blockScores: [
        { block: '预算执行', score: '10' },
        { block: '项目产出', score: '50.45' },
        { block: '项目效益', score: '24.6' },
        { block: '服务对象满意度', score: '4.4' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('adds a separately stated execution score: 10 + 50.45 + 24.6 + 4.4 = 89.45', () => {
    const findings = run({
      totalScore: '89.45',
      executionScore: '10',
      blockScores: [
        { block: '项目产出', score: '50.45' },
        { block: '项目效益', score: '24.6' },
        { block: '服务对象满意度', score: '4.4' },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('reports 10 + 50.45 + 24.6 + 4.4 = 89.45 against a stated 92 as an error', () => {
    const findings = run({
      totalScore: '92',
      blockScores: [
        { block: '预算执行', score: '10' },
        { block: '项目产出', score: '50.45' },
        { block: '项目效益', score: '24.6' },
        { block: '服务对象满意度', score: '4.4' },
      ],
    });
    expect(findings).toMatchObject([
      { code: 'stated.block-scores-sum-mismatch', severity: 'error', expected: '89.45' },
    ]);
  });
});
