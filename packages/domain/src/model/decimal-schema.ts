import { z } from 'zod';
import { isDecimalString } from '../money/decimal';

/** Decimals travel as strings so that no binary float ever touches money, rates or scores. */
export const decimalString = z
  .string()
  .refine(isDecimalString, { message: '必须是数字，并写成字符串（例如 "1209.56"）' });

export const nonNegativeDecimal = decimalString.refine((v) => !v.trim().startsWith('-'), {
  message: '不能为负数',
});

export const count = z.number().int('必须是整数').nonnegative('不能为负数');

/** A weight (分值): an indicator worth 0 points is no indicator at all, and hides a typing error. */
export const positiveDecimal = nonNegativeDecimal.refine((v) => /[1-9]/.test(v), {
  message: '必须大于 0（不计分的指标请删去该行）',
});
