import { monitoringFromDeclaration, monitoringRulesOf } from '@jixiao/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { monitoringReports, targetDeclarations } from '../db/schema';
import { declarationOf } from '../declarations/store';
import { conflict, invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';
import { createMonitoring } from './edit';
import type { MonitoringRow } from './read';

/** A refusal naming the `declarationId` field. */
function declarationRefused(key: 'monitoring.declarationNotOfUnit' | 'monitoring.declarationNotApproved') {
  const message = m(key);
  const issues = [{ message, location: { path: 'declarationId', label: m('entity.declaration').text } }];
  return key === 'monitoring.declarationNotApproved' ? conflict(message, issues) : invalid(message, issues);
}

/**
 * A new monitoring draft started from an approved target declaration (绩效目标申报表) of the same unit: the
 * domain's `monitoringFromDeclaration` copies unit, project, year, budget and the 年度指标值 in force
 * (adjusted targets once approved), so the report is of the declaration's year by construction. The
 * period defaults to the rule set's monitoring month (1–7月). The draft keeps the declaration's id and
 * project. Refused, writing nothing: a declaration that is not this unit's (or does not exist — the same
 * answer, so another unit's ids are not probed), one not yet approved, and a second first-round report of
 * the same declaration for the same period.
 */
export async function startFromDeclaration(
  db: Db,
  input: { organisationId: string; declarationId: string; throughMonth?: number | undefined; userId: string },
): Promise<MonitoringRow> {
  const [row] = await db
    .select()
    .from(targetDeclarations)
    .where(eq(targetDeclarations.id, input.declarationId));
  if (row?.organisationId !== input.organisationId)
    throw declarationRefused('monitoring.declarationNotOfUnit');
  if (row.status !== 'approved') throw declarationRefused('monitoring.declarationNotApproved');
  const declaration = declarationOf(row);
  await knowRuleSet(db, declaration.ruleSet);
  const throughMonth = input.throughMonth ?? monitoringRulesOf(ruleSetFor(declaration.ruleSet)).throughMonth;
  const [existing] = await db
    .select({ id: monitoringReports.id })
    .from(monitoringReports)
    .where(
      and(
        eq(monitoringReports.declarationId, row.id),
        eq(monitoringReports.throughMonth, throughMonth),
        eq(monitoringReports.round, 1),
      ),
    );
  if (existing) throw conflict(m('monitoring.declarationReportExists', { month: throughMonth }));
  return createMonitoring(db, {
    organisationId: input.organisationId,
    projectId: row.projectId ?? undefined,
    declarationId: row.id,
    report: monitoringFromDeclaration(declaration, throughMonth),
    userId: input.userId,
  });
}
