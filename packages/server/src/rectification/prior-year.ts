import type { PriorRectification } from '@jixiao/domain';
import type { DbOrTx } from '../db/connect';
import { listRectification } from './list';
import { todayInChina } from './today';

/**
 * The unit's rectification items of the year before `fiscalYear`, open and closed, as the plain data the
 * domain's report renders in 存在的问题 (narrative/rectification.ts). The caller has authorised the unit.
 */
export async function priorRectificationOf(
  db: DbOrTx,
  organisationId: string,
  fiscalYear: number,
): Promise<PriorRectification> {
  const year = fiscalYear - 1;
  const rows = await listRectification(db, null, { organisationId, fiscalYear: year }, todayInChina());
  return {
    fiscalYear: year,
    items: rows.map((r) => ({
      sourceKind: r.sourceKind,
      problem: r.problem,
      measure: r.measure,
      status: r.status,
      deadline: r.deadline,
      report: r.report ?? undefined,
    })),
  };
}
