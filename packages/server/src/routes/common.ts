import { z } from 'zod';

export const idParams = z.object({ id: z.uuid('schema.badId') });
/** Versions are PostgreSQL `integer` columns: a larger number could never match and would fail the query. */
export const MAX_VERSION = 2_147_483_647;
export const versionField = z
  .number()
  .int()
  .min(1)
  .max(MAX_VERSION)
  .describe('读取时得到的版本号；与当前版本不一致时返回 409，不做任何修改');
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};
/** Decimal strings for money: up to 16 integer digits and 2 decimals, never a float. */
export const moneyString = z
  .string()
  .regex(/^\d{1,16}(\.\d{1,2})?$/, '金额须写成最多两位小数的非负数字字符串，例如 "1209.56"');
export const amountUnit = z.enum(['yuan', 'wanYuan']);

export const timestampsOut = {
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
};

/** Row timestamps as ISO strings for JSON. */
export function stamps(row: { createdAt: Date; updatedAt: Date; updatedBy: string | null; version: number }) {
  return {
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    version: row.version,
  };
}
