import { dec, domainMessage, type Message, normaliseWording, plainDecimal } from '@jixiao/domain';
import { formatsMessage as m } from '../messages';
import type { GridCell } from './grid';

/**
 * Reading one number out of a cell, exactly. Numbers stored as numbers arrive as decimal strings
 * already (see xlsx-grid); numbers typed as text ("1,209.56", "１０分", "95.5%") are read with the domain's
 * wording characters and accepted with the suffix their column allows. "/" "—" and similar mean "not applicable" and read as blank.
 */
export type NumberKind = 'amount' | 'score' | 'percentOrFraction';

export type NumberRead =
  | { status: 'blank' }
  /** `percent`: the value is in percent units (it was written "95.5%" or shown with a % format). */
  | { status: 'ok'; value: string; percent: boolean }
  | { status: 'bad'; reason: Message };

const BLANK_MARKS = new Set([
  '',
  '/',
  '／',
  '\\',
  '-',
  '－',
  '—',
  '——',
  '–',
  '无',
  '不适用',
  domainMessage('score.unscored').text.zh,
]);

/** A cell that holds no value: empty, a dash, 无, 不适用, or the 未评分 jixiao writes for a missing total. */
export function isBlankMark(text: string): boolean {
  return BLANK_MARKS.has(normaliseWording(text));
}

const SUFFIX: Record<NumberKind, RegExp> = {
  amount: /(万元|元)$/,
  score: /分$/,
  percentOrFraction: /[%％]$/,
};

const NOT_A_NUMBER = {
  amount: 'cell.notAmount',
  score: 'cell.notScore',
  percentOrFraction: 'cell.notRate',
} as const;

export function readCellNumber(cell: GridCell | undefined, kind: NumberKind): NumberRead {
  if (!cell) return { status: 'blank' };
  if (cell.formulaWithoutResult) {
    return { status: 'bad', reason: m('cell.formulaWithoutResult') };
  }
  if (cell.number !== undefined) {
    // A percent-formatted cell stores the fraction (0.955 shown as 95.5%): bring it to percent units.
    if (cell.percentFormat)
      return { status: 'ok', value: dec(cell.number).times(100).toFixed(), percent: true };
    return { status: 'ok', value: cell.number, percent: false };
  }
  const raw = normaliseWording(cell.text);
  if (BLANK_MARKS.has(raw)) return { status: 'blank' };
  const suffix = SUFFIX[kind].exec(raw);
  const body = plainDecimal(suffix ? raw.slice(0, suffix.index) : raw);
  if (body !== undefined) {
    return {
      status: 'ok',
      value: dec(body).toFixed(),
      percent: kind === 'percentOrFraction' && suffix !== null,
    };
  }
  return { status: 'bad', reason: m(NOT_A_NUMBER[kind], { text: cell.text.trim() }) };
}

/**
 * A rate as a percent number ("95.5" for 95.5%). A value written or formatted as a percentage is one;
 * a plain number is a percentage when the column header says "(%)", otherwise a fraction when it is at
 * most 1 (0.955) and a percentage above 1 (95.5), which is how people type rates into such columns.
 */
export function asPercent(read: { value: string; percent: boolean }, headerSaysPercent: boolean): string {
  const v = dec(read.value);
  if (read.percent || headerSaysPercent) return v.toFixed();
  return v.abs().lessThanOrEqualTo(1) ? v.times(100).toFixed() : v.toFixed();
}

/** A coefficient as a fraction (0.95 for 95%), by the same conventions as `asPercent`. */
export function asFraction(read: { value: string; percent: boolean }, headerSaysPercent: boolean): string {
  return dec(asPercent(read, headerSaysPercent)).dividedBy(100).toFixed();
}
