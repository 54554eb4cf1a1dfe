import { type Decimal, dec, findNumbers, type NumberToken, statedPlaces } from '@jixiao/domain';

/**
 * A figure as a report or an expectation writes it: its exact value, the places it was written with, and
 * whether it was a percentage. Comparing "14.46%" with "0.1446", or "9.00" with "9", needs all three.
 */
export interface Figure {
  value: Decimal;
  places: number;
  percent: boolean;
}

/** "97.80%" → 97.80 (percent, 2 places); "0.1446" → 0.1446; "7.29万元" → 7.29; text without a number → undefined. */
export function parseFigure(written: string): Figure | undefined {
  const token = findNumbers(written.trim())[0];
  return token ? figureOf(token) : undefined;
}

/** Every figure in a text (a finding's message or recomputation), in order. */
export function figuresIn(text: string): Figure[] {
  return findNumbers(text).map(figureOf);
}

function figureOf(token: NumberToken): Figure {
  return {
    value: dec(token.value),
    places: statedPlaces(token.value.replace(/^[-+]/, '')),
    percent: token.unit === 'percent' || token.unit === 'points',
  };
}

/**
 * The readings of `b` on `a`'s scale: itself, and ×100 or ÷100 when exactly one of the two is a percentage
 * (a rate written as the fraction 0.1446 is the 14.46% a finding prints), each with the places it then has.
 */
function scaled(a: Figure, b: Figure): Array<{ value: Decimal; places: number }> {
  const same = { value: b.value, places: b.places };
  if (a.percent === b.percent) return [same];
  return a.percent
    ? [same, { value: b.value.times(100), places: Math.max(0, b.places - 2) }]
    : [same, { value: b.value.dividedBy(100), places: b.places + 2 }];
}

/** The same figure: equal values, trailing zeros aside ("9.00" is "9"), on a common percent scale. */
export function sameFigure(a: Figure, b: Figure): boolean {
  return scaled(a, b).some((v) => v.value.eq(a.value));
}

/**
 * Close enough to be the same recomputation: within half a unit of the coarser of the two written
 * precisions, so "4.84" meets 4.8421 and "4.8" meets 4.84, but "20" does not meet 19.
 */
export function nearFigure(a: Figure, b: Figure): boolean {
  return scaled(a, b).some((v) => {
    const half = dec(5).dividedBy(dec(10).pow(Math.min(a.places, v.places) + 1));
    return v.value.minus(a.value).abs().lessThanOrEqualTo(half);
  });
}
