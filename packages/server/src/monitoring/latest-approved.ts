import type { MonitoringReport } from '@jixiao/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { monitoringReports } from '../db/schema';
import { monitoringOf } from './read';

/**
 * The monitoring report an evaluation of a declaration is read beside (生成自评): the unit's approved
 * report of the same year and subject — the same project, or the unit as a whole for a 部门整体 one —
 * whether or not it was started from this declaration; the latest period first, a second round
 * (二次监控) before the first of the same period, then the most recently changed. Undefined when the unit
 * has no approved report of that year and subject.
 */
export async function latestApprovedMonitoring(
  db: DbOrTx,
  subject: {
    organisationId: string;
    fiscalYear: number;
    kind: 'project' | 'unitWide';
    projectId: string | null;
  },
): Promise<MonitoringReport | undefined> {
  const [row] = await db
    .select({ data: monitoringReports.data })
    .from(monitoringReports)
    .where(
      and(
        eq(monitoringReports.organisationId, subject.organisationId),
        eq(monitoringReports.fiscalYear, subject.fiscalYear),
        eq(monitoringReports.kind, subject.kind),
        eq(monitoringReports.status, 'approved'),
        subject.projectId === null
          ? isNull(monitoringReports.projectId)
          : eq(monitoringReports.projectId, subject.projectId),
      ),
    )
    .orderBy(
      desc(monitoringReports.throughMonth),
      desc(monitoringReports.round),
      desc(monitoringReports.updatedAt),
    )
    .limit(1);
  return row ? monitoringOf(row) : undefined;
}
