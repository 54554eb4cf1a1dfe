import { REQUEST_LIMITS } from './operations.gen';

type Limits = typeof REQUEST_LIMITS;

const TABLE: Readonly<Record<string, Readonly<Record<string, number>>>> = REQUEST_LIMITS;

/**
 * The longest text the server accepts in one field of one request (`maxLength` of its route schema,
 * through operations.gen.ts), for the input's maxLength: what a form lets through, the server takes. Fields of
 * the evaluation itself have the domain's limits (workbench/field-limits.ts).
 */
export function maxLengthOf<O extends keyof Limits>(operation: O, field: keyof Limits[O] & string): number {
  const limit = TABLE[operation]?.[field];
  if (limit === undefined) throw new Error(`no length limit for ${operation} ${field}`);
  return limit;
}

/** Counts shown under a long text only once it nears its limit, so short notes stay uncluttered. */
export const countNearLimit = {
  formatter: ({ count, maxLength }: { count: number; maxLength?: number }) =>
    maxLength !== undefined && count >= maxLength * 0.8 ? `${count} / ${maxLength}` : '',
};
