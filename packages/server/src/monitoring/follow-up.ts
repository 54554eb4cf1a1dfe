import { financeFollowUpSchema, monitoringRulesOf } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Principal } from '../auth/sessions';
import type { Db, DbOrTx } from '../db/connect';
import { monitoringReports } from '../db/schema';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';
import { ruleSetFor } from '../rule-sets/registry';
import { computeMonitoring } from './engine';
import { loadMonitoring, type MonitoringRow, monitoringOf } from './read';
import { insertMonitoring, updateMonitoringVersioned } from './store';

export type FinanceFollowUp = z.infer<typeof financeFollowUpSchema>;

/**
 * 财政 follow-up on a report (是否需要整改, 整改要求和建议, later 整改结果和结论): its own column and its own
 * audit action (`followUp`), taken at the version read. Not on a draft: the bureau follows up what the unit
 * has handed in. The rectification work of a later issue reads this column (docs/monitoring-workflow.md).
 */
export async function recordFollowUp(
  db: Db,
  input: { id: string; version: number; followUp: FinanceFollowUp; userId: string },
): Promise<MonitoringRow> {
  return updateMonitoringVersioned(
    db,
    input.id,
    input.version,
    input.userId,
    (current) => {
      if (current.status === 'draft') {
        throw conflict(
          m('monitoring.wrongStatus', { status: m('status.draft'), action: m('action.followUp') }),
        );
      }
      return { followUp: financeFollowUpSchema.parse(input.followUp) };
    },
    'followUp',
  );
}

/** The follow-up as the domain shape, or undefined when none was recorded. */
export const followUpOf = (row: Pick<MonitoringRow, 'followUp'>): FinanceFollowUp | undefined =>
  row.followUp === null ? undefined : financeFollowUpSchema.parse(row.followUp);

/**
 * Opens the second round (二次监控) of a round-1 report on the 重点监控 list, when its rule set has one: a
 * new draft for the same unit and project, round 2, its months from the rule set, prefilled with what
 * round 1 reported (the unit updates it). One second round per report (a unique index holds it).
 */
export async function openSecondRound(
  db: DbOrTx,
  principal: Pick<Principal, 'userId'>,
  firstId: string,
): Promise<MonitoringRow> {
  const first = await loadMonitoring(db, firstId);
  const report = monitoringOf(first);
  const second = monitoringRulesOf(ruleSetFor(first.ruleSetId)).secondRound;
  if (!second) throw conflict(m('monitoring.noSecondRound'));
  if (first.round !== 1) throw conflict(m('monitoring.secondRoundOfSecond'));
  if (!computeMonitoring(report).focus) throw conflict(m('monitoring.notFocus'));
  return db.transaction(async (tx) => {
    const [exists] = await tx
      .select({ id: monitoringReports.id })
      .from(monitoringReports)
      .where(and(eq(monitoringReports.firstRoundId, first.id)));
    if (exists) throw conflict(m('monitoring.secondRoundExists'));
    return insertMonitoring(tx, {
      organisationId: first.organisationId,
      projectId: first.projectId,
      declarationId: first.declarationId,
      firstRoundId: first.id,
      report: { ...report, round: 2, throughMonth: second.throughMonth },
      userId: principal.userId,
    });
  });
}

/**
 * After the last approval of a round-1 report on the focus list, the system opens its second round when
 * the rule set has one and it is not open yet; answers the new report's id, or undefined.
 */
export async function secondRoundOnApproval(
  db: DbOrTx,
  principal: Pick<Principal, 'userId'>,
  row: MonitoringRow,
) {
  if (row.status !== 'approved' || row.round !== 1 || !row.focus) return undefined;
  if (!monitoringRulesOf(ruleSetFor(row.ruleSetId)).secondRound) return undefined;
  const [exists] = await db
    .select({ id: monitoringReports.id })
    .from(monitoringReports)
    .where(eq(monitoringReports.firstRoundId, row.id));
  if (exists) return undefined;
  return (await openSecondRound(db, principal, row.id)).id;
}
