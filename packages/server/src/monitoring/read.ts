import { type MonitoringReport, parseMonitoring } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { monitoringReports } from '../db/schema';
import { notFound } from '../http/errors';
import { knowRuleSet } from '../rule-sets/registry';

export type MonitoringRow = typeof monitoringReports.$inferSelect;

export async function loadMonitoring(db: DbOrTx, id: string): Promise<MonitoringRow> {
  const [row] = await db.select().from(monitoringReports).where(eq(monitoringReports.id, id));
  if (!row) throw notFound('entity.monitoring');
  await knowRuleSet(db, row.ruleSetId);
  return row;
}

/** The stored JSON is the domain model; parsed again so defaults of newer schema versions apply. */
export const monitoringOf = (row: Pick<MonitoringRow, 'data'>): MonitoringReport => parseMonitoring(row.data);
