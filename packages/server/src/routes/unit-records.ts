import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { organisations } from '../db/schema';
import type { Deps } from '../http/app-types';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';

/** What budgets and projects share: both are registered per unit (预算单位) and fiscal year. */

export const yearField = z.number().int().min(2000).max(2100);
export const unitListQuery = z.object({
  organisationId: z.uuid().optional(),
  fiscalYear: z.coerce.number().int().optional(),
});

export async function requireUnit(db: Deps['db'], id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (org?.kind !== 'unit') throw invalid(m('budget.onlyUnits'));
  return org;
}
