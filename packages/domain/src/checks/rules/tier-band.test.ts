import { describe, expect, it } from 'vitest';
import { makeContext, makeEvaluation } from '../test-support';
import { tierBandMismatch } from './tier-band';

const row = (tier: 'met' | 'partlyMet' | 'notMet', score: string) => ({
  level1: '效益指标',
  name: '科普宣传效果',
  weight: '10',
  target: { comparator: 'qualitative' as const, text: '效果明显' },
  actual: { tier },
  score,
});
const run = (tier: 'met' | 'partlyMet' | 'notMet', score: string) =>
  tierBandMismatch.run(makeContext(makeEvaluation({ indicators: [row(tier, score)] })));

describe('indicator.tier-band-mismatch', () => {
  // weight 10: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6)
  it.each([
    ['met', '8'],
    ['met', '10'],
    ['partlyMet', '6'],
    ['partlyMet', '7.99'],
    ['notMet', '0'],
    ['notMet', '5.99'],
  ] as const)('accepts %s with %s of 10', (tier, score) => {
    expect(run(tier, score)).toEqual([]);
  });

  it.each([
    ['met', '7.99', '[8, 10]'],
    ['partlyMet', '8', '[6, 8)'],
    ['notMet', '6', '[0, 6)'],
  ] as const)('reports %s with %s of 10 (band %s)', (tier, score, band) => {
    expect(run(tier, score)).toMatchObject([
      { code: 'indicator.tier-band-mismatch', severity: 'error', expected: band },
    ]);
  });
});
