import { z } from 'zod';
import { isDecimalString } from '../money/decimal';

/**
 * Decimals travel as strings so that no binary float ever touches money, rates or scores.
 * The messages are keys of the domain's message table; parseEvaluation renders them in zh and en.
 */
export const decimalString = z.string().refine(isDecimalString, { message: 'value.notDecimal' });

export const nonNegativeDecimal = decimalString.refine((v) => !v.trim().startsWith('-'), {
  message: 'value.negative',
});

export const count = z.number().int('value.notInteger').nonnegative('value.negative');

/** A weight (分值): an indicator worth 0 points is no indicator at all, and hides a typing error. */
export const positiveDecimal = nonNegativeDecimal.refine((v) => /[1-9]/.test(v), {
  message: 'value.notPositive',
});
