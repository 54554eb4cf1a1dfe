import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal';
import { competitionRanks } from './ranking';

const ranksOf = (scores: readonly (string | null)[]) =>
  competitionRanks(scores.map((s) => (s === null ? null : dec(s))));

describe('ranking by score with ties (1, 2, 2, 4)', () => {
  it.each([
    { scores: ['96.10', '90.00', '90.00', '85.50'], ranks: [1, 2, 2, 4] },
    { scores: ['85.50', '90.00', '96.10', '90.00'], ranks: [4, 2, 1, 2] },
    { scores: ['90', '90', '90'], ranks: [1, 1, 1] },
    { scores: ['90.00', '90', '89.99'], ranks: [1, 1, 3] },
    { scores: ['70', null, '80', null], ranks: [2, null, 1, null] },
    { scores: ['60', '70', '70', '70', '50'], ranks: [4, 1, 1, 1, 5] },
    { scores: [], ranks: [] },
  ])('ranks $scores as $ranks', ({ scores, ranks }) => {
    expect(ranksOf(scores)).toEqual(ranks);
  });

  it('gives each score one more than the number of scores strictly above it', () => {
    const score = fc.option(
      fc.integer({ min: 0, max: 10_000 }).map((n) => dec(n).dividedBy(100)),
      {
        nil: null,
      },
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 40 }), (scores) => {
        const ranks = competitionRanks(scores);
        scores.forEach((s, i) => {
          if (s === null) expect(ranks[i]).toBeNull();
          else expect(ranks[i]).toBe(1 + scores.filter((o) => o !== null && o.greaterThan(s)).length);
        });
      }),
    );
  });
});
