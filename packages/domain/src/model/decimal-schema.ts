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
