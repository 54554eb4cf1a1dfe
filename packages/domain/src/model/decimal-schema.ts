import { z } from 'zod';
import { isDecimalString } from '../money/decimal';

/**
 * Decimals travel as strings so that no binary float ever touches money, rates or scores.
 * The messages are keys of the domain's message table; parseEvaluation renders them in zh and en.
 */
export const decimalString = z
  .string()
  .refine(isDecimalString, { message: 'value.notDecimal', abort: true })
  .refine(fitsMoney, { message: 'value.decimalTooLong', abort: true });

/**
 * What money, rates and scores need: 20 digits before the point (far beyond any budget in 元) and 15
 * after (a rate read from an Excel cell carries up to 15 significant digits). Anything longer is refused
 * before any arithmetic — a 3,000,000-digit 全年预算数 would otherwise cost seconds on every score.
 */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_FRACTION_DIGITS = 15;

/** The digits before the first point and between it and the next, counted in place (every figure passes here). */
function fitsMoney(value: string): boolean {
  const t = value.trim();
  const first = t.charCodeAt(0);
  const start = first === 45 || first === 43 ? 1 : 0;
  const dot = t.indexOf('.', start);
  const whole = (dot < 0 ? t.length : dot) - start;
  const next = dot < 0 ? -1 : t.indexOf('.', dot + 1);
  const fraction = dot < 0 ? 0 : (next < 0 ? t.length : next) - dot - 1;
  return whole <= MAX_INTEGER_DIGITS && fraction <= MAX_FRACTION_DIGITS;
}

export const nonNegativeDecimal = decimalString.refine((v) => !v.trim().startsWith('-'), {
  message: 'value.negative',
});

export const count = z.number().int('value.notInteger').nonnegative('value.negative');

/** A weight (分值): an indicator worth 0 points is no indicator at all, and hides a typing error. */
export const positiveDecimal = nonNegativeDecimal.refine((v) => /[1-9]/.test(v), {
  message: 'value.notPositive',
});
