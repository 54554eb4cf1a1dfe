import type { Decimal } from '../money/decimal';

/**
 * Ranks by score, highest first, with ties sharing a rank and the ranks after them skipped (standard
 * competition ranking: 96, 90, 90, 85 rank 1, 2, 2, 4): a rank is one more than the number of scores
 * strictly higher. Scores compare exactly; a missing score (未评分) gets no rank. The result is in the
 * order of the input.
 */
export function competitionRanks(scores: readonly (Decimal | null)[]): (number | null)[] {
  const order = scores
    .map((score, index) => ({ score, index }))
    .filter((e): e is { score: Decimal; index: number } => e.score !== null)
    .sort((a, b) => b.score.comparedTo(a.score));
  const ranks: (number | null)[] = scores.map(() => null);
  let last: { score: Decimal; rank: number } | undefined;
  order.forEach((e, position) => {
    const rank = last?.score.equals(e.score) ? last.rank : position + 1;
    ranks[e.index] = rank;
    last = { score: e.score, rank };
  });
  return ranks;
}
