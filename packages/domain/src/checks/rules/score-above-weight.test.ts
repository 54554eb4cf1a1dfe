import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { scoreAboveWeight } from './score-above-weight';

describe('indicator.score-above-weight', () => {
  it('reports a score of 16 on a weight of 15', () => {
    const ctx = makeContext(
      makeEvaluation({
        indicators: [{ level1: '产出指标', name: '新增科技型企业数量', weight: '15', score: '16' }],
      }),
    );
    expect(scoreAboveWeight.run(ctx)).toMatchObject([
      {
        code: 'indicator.score-above-weight',
        severity: 'error',
        location: { path: 'indicators[0].score' },
        actual: '16',
      },
    ]);
  });

  it('reports a manual score above the weight', () => {
    const ctx = makeContext(
      makeEvaluation({
        indicators: [
          { level1: '产出指标', name: '指标', weight: '5', manualScore: { score: '5.5', reason: '酌情' } },
        ],
      }),
    );
    expect(scoreAboveWeight.run(ctx)).toMatchObject([
      { location: { path: 'indicators[0].manualScore.score' } },
    ]);
  });

  it('is silent at exactly full marks (15 of 15) and below', () => {
    const ctx = makeContext(
      makeEvaluation({
        indicators: [
          { level1: '产出指标', name: '甲', weight: '15', score: '15' },
          { level1: '产出指标', name: '乙', weight: '10', score: '9.99' },
        ],
      }),
    );
    expect(scoreAboveWeight.run(ctx)).toEqual([]);
  });
});
