import { dec } from '../money/decimal';
import { halfWidthCharacters } from '../wording/characters';
import { findNumbers } from '../wording/numbers';
import type { NarrativeFigure } from './sentence';

/**
 * Whether the unit's own text already states a figure: a generated sentence that would only repeat
 * what the unit wrote is left out, so that each figure is said once (the unit's words win; the annex
 * and `--explain` still carry the figure with its source). Numbers are compared by value, so "13.2"
 * in the text states the figure "13.20"; a percent figure ("42.42%") is compared by its number.
 */
export function statesFigure(texts: readonly (string | undefined)[], value: string): boolean {
  const wanted = value.replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(wanted)) return false;
  return texts.some((t) =>
    t ? findNumbers(halfWidthCharacters(t)).some((n) => dec(n.value).eq(wanted)) : false,
  );
}

/** Every figure of the list is stated in the texts (an empty list is not "stated"). */
export function statesAll(
  texts: readonly (string | undefined)[],
  figures: readonly NarrativeFigure[],
): boolean {
  return figures.length > 0 && figures.every((f) => statesFigure(texts, f.value));
}
