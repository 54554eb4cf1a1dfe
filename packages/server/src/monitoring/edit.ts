import { type MonitoringReport, parseMonitoring } from '@jixiao/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { organisations, projects } from '../db/schema';
import { invalid } from '../http/errors';
import { serverMessage as m } from '../messages';
import { assignedRuleSetId } from '../rule-sets/assignments';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';
import { computeMonitoring } from './engine';
import { type MonitoringRow, monitoringOf } from './read';
import { deleteMonitoring, insertMonitoring, updateMonitoringVersioned } from './store';
import { assertMonitoringEditable } from './workflow';

/**
 * The unit's document without the bureau's part: 财政 follow-up is recorded by its own route (follow-up.ts)
 * into its own column, so a save by the unit can neither write nor erase it.
 */
function unitPart(report: MonitoringReport): MonitoringReport {
  const { financeFollowUp: _bureau, ...rest } = report;
  return rest;
}

/**
 * The rule set a new report is computed with: the one the region was assigned for the year
 * (rule-sets/assignments.ts), when it covers the report's kind; otherwise the one the report names.
 */
async function withRegionRuleSet(db: Db, path: string, report: MonitoringReport): Promise<MonitoringReport> {
  const assigned = await assignedRuleSetId(db, path, report.fiscalYear);
  if (assigned === undefined || assigned === report.ruleSet) return report;
  await knowRuleSet(db, assigned);
  return ruleSetFor(assigned).kinds.includes(report.kind) ? { ...report, ruleSet: assigned } : report;
}

/** Refuses a project of another unit, naming the field. */
async function assertProjectOfUnit(db: Db, projectId: string, organisationId: string): Promise<void> {
  const [project] = await db
    .select({ org: projects.organisationId })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (project?.org === organisationId) return;
  throw invalid(m('evaluation.projectNotOfUnit'), [
    {
      message: m('evaluation.projectNotOfUnit'),
      location: { path: 'projectId', label: m('label.project').text },
    },
  ]);
}

/** A new draft under a unit (blank, imported or prefilled), computed once before it is written. */
export async function createMonitoring(
  db: Db,
  input: {
    organisationId: string;
    projectId?: string | undefined;
    declarationId?: string | undefined;
    report: unknown;
    userId: string;
  },
): Promise<MonitoringRow> {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, input.organisationId));
  if (org?.kind !== 'unit') throw invalid(m('monitoring.onlyUnits'));
  const parsed = parseMonitoring(input.report);
  await knowRuleSet(db, parsed.ruleSet);
  const report = unitPart(await withRegionRuleSet(db, org.path, parsed));
  // Computed once before writing, so an unknown rule set is refused, not stored.
  computeMonitoring(report);
  if (input.projectId) await assertProjectOfUnit(db, input.projectId, org.id);
  return db.transaction((tx) =>
    insertMonitoring(tx, {
      organisationId: org.id,
      projectId: input.projectId ?? null,
      declarationId: input.declarationId ?? null,
      report,
      userId: input.userId,
    }),
  );
}

/** Saves an editable report at the version the editor read (409 when stale, nothing written). */
export async function saveMonitoring(
  db: Db,
  input: { id: string; version: number; report: unknown; userId: string },
  action = 'update',
): Promise<MonitoringRow> {
  const parsed = parseMonitoring(input.report);
  await knowRuleSet(db, parsed.ruleSet);
  return updateMonitoringVersioned(
    db,
    input.id,
    input.version,
    input.userId,
    (current) => {
      assertMonitoringEditable(current, 'edit');
      // The rule set, year, kind and round are the record's identity: a save keeps them.
      const stored = monitoringOf(current);
      return {
        report: unitPart({
          ...parsed,
          ruleSet: stored.ruleSet,
          fiscalYear: stored.fiscalYear,
          kind: stored.kind,
          round: stored.round,
        }),
      };
    },
    action,
  );
}

export async function removeMonitoring(db: Db, input: { id: string; version: number; userId: string }) {
  await deleteMonitoring(db, input, (row) => assertMonitoringEditable(row, 'delete'));
}
