import {
  DEFAULT_RULE_SET_ID,
  type Finding,
  parseRectificationItem,
  type RectificationItem,
  type RectificationSource,
  type RectificationSourceKind,
  rectificationDeadline,
} from '@jixiao/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connect';
import { auditLog, organisations, rectificationItems } from '../db/schema';
import { declarationFindings } from '../declarations/to-evaluation';
import { outcomeOf } from '../evaluations/derive';
import { loadEvaluation, modelOf } from '../evaluations/read';
import { conflict, invalid, notFound } from '../http/errors';
import { serverMessage as m } from '../messages';
import { computeMonitoring } from '../monitoring/engine';
import { loadMonitoring, monitoringOf } from '../monitoring/read';
import { assignedRuleSetId } from '../rule-sets/assignments';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';
import { insertRectification, type RectificationRow } from './store';
import { todayInChina } from './today';

/**
 * Where an item is made: by hand (a reviewer writes problem and measure, or records an audit finding), or from
 * a source the server reads itself — an evaluation's check finding (code and path), the evaluation's latest
 * review return, a monitoring report's 重点监控 trigger. The problem is the source's own words unless the
 * reviewer writes it; the deadline is the rule set's days for the source from today (domain
 * `rectificationDeadline`) unless given. One source is entered once (409).
 */

interface Common {
  problem?: string | undefined;
  measure: string;
  deadline?: string | undefined;
  userId: string;
}

async function organisationOf(db: DbOrTx, id: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!org) throw notFound('entity.organisation');
  if (org.kind !== 'unit') throw invalid(m('rectification.onlyUnits'));
  return org;
}

/** The rule set a source is judged by: the record's own, else the region's for the year, else the national one. */
async function ruleSetOf(db: DbOrTx, path: string, fiscalYear: number, own?: string) {
  const id = own ?? (await assignedRuleSetId(db, path, fiscalYear)) ?? DEFAULT_RULE_SET_ID;
  await knowRuleSet(db, id);
  return ruleSetFor(id);
}

async function refuseRepeat(db: DbOrTx, source: RectificationSource): Promise<void> {
  if (source.kind === 'manual' || source.kind === 'audit') return;
  const key = {
    kind: source.kind,
    ...(source.evaluationId ? { evaluationId: source.evaluationId } : {}),
    ...(source.monitoringId ? { monitoringId: source.monitoringId } : {}),
    ...(source.code ? { code: source.code } : {}),
    ...(source.path ? { path: source.path } : {}),
  };
  const [found] = await db
    .select({ id: rectificationItems.id })
    .from(rectificationItems)
    .where(sql`${rectificationItems.source} @> ${JSON.stringify(key)}::jsonb`)
    .limit(1);
  if (found) throw conflict(m('rectification.sourceExists'));
}

async function create(
  db: DbOrTx,
  input: Common & {
    organisationId: string;
    fiscalYear: number;
    source: RectificationSource;
    defaultProblem: string;
    ruleSetId?: string | undefined;
  },
): Promise<RectificationRow> {
  const org = await organisationOf(db, input.organisationId);
  const ruleSet = await ruleSetOf(db, org.path, input.fiscalYear, input.ruleSetId);
  const kind: RectificationSourceKind = input.source.kind;
  const item: RectificationItem = parseRectificationItem({
    source: input.source,
    fiscalYear: input.fiscalYear,
    problem: input.problem?.trim() || input.defaultProblem,
    measure: input.measure,
    deadline: input.deadline ?? rectificationDeadline(kind, todayInChina(), ruleSet),
  });
  await refuseRepeat(db, item.source);
  return insertRectification(db, {
    organisationId: input.organisationId,
    ...item,
    userId: input.userId,
  });
}

/** By hand (手工登记), or an audit finding (报告审核发现) recorded by a reviewer with its code and document. */
export function createByHand(
  db: DbOrTx,
  input: Common & {
    organisationId: string;
    fiscalYear: number;
    problem: string;
    audit?: { code?: string | undefined; label?: string | undefined } | undefined;
  },
): Promise<RectificationRow> {
  const source: RectificationSource = input.audit
    ? {
        kind: 'audit',
        ...(input.audit.code ? { code: input.audit.code } : {}),
        ...(input.audit.label ? { label: input.audit.label } : {}),
      }
    : { kind: 'manual' };
  return create(db, { ...input, source, defaultProblem: '' });
}

const findingLabel = (f: Finding) => f.location.label;

/** From one of the evaluation's check findings, found again by its code and path. */
export async function createFromFinding(
  db: DbOrTx,
  input: Common & { evaluationId: string; code: string; path: string },
): Promise<RectificationRow> {
  const row = await loadEvaluation(db, input.evaluationId);
  const model = modelOf(row);
  const findings = [...outcomeOf(model).findings, ...(await declarationFindings(db, row.id, model))];
  const finding = findings.find((f) => f.code === input.code && f.location.path === input.path);
  if (!finding) {
    throw invalid(m('rectification.noSuchFinding', { code: input.code }), [
      {
        message: m('rectification.noSuchFinding', { code: input.code }),
        location: { path: 'code', label: m('label.findingCode').text },
      },
    ]);
  }
  return create(db, {
    ...input,
    organisationId: row.organisationId,
    fiscalYear: row.fiscalYear,
    ruleSetId: row.ruleSetId,
    source: {
      kind: 'finding',
      evaluationId: row.id,
      code: finding.code,
      path: finding.location.path,
      label: findingLabel(finding).slice(0, 200),
    },
    defaultProblem: finding.message.zh,
  });
}

/** From the evaluation's latest review return (退回): its reason is the problem. */
export async function createFromReturn(
  db: DbOrTx,
  input: Common & { evaluationId: string },
): Promise<RectificationRow> {
  const row = await loadEvaluation(db, input.evaluationId);
  const [line] = await db
    .select({ id: auditLog.id, after: auditLog.after })
    .from(auditLog)
    .where(
      and(eq(auditLog.entity, 'evaluation'), eq(auditLog.entityId, row.id), eq(auditLog.action, 'return')),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!line) throw invalid(m('rectification.noReturn'));
  const after = line.after;
  const comment =
    after !== null && typeof after === 'object' && 'comment' in after && typeof after.comment === 'string'
      ? after.comment
      : '';
  return create(db, {
    ...input,
    organisationId: row.organisationId,
    fiscalYear: row.fiscalYear,
    ruleSetId: row.ruleSetId,
    source: { kind: 'return', evaluationId: row.id, code: 'review.return', path: `audit:${line.id}` },
    defaultProblem: comment,
  });
}

/** From one of the monitoring report's 重点监控 triggers (its code, and the indicator row when it names one). */
export async function createFromTrigger(
  db: DbOrTx,
  input: Common & { monitoringId: string; code: string; indicator?: number | undefined },
): Promise<RectificationRow> {
  const row = await loadMonitoring(db, input.monitoringId);
  const result = computeMonitoring(monitoringOf(row));
  const trigger = result.triggers.find((t) => t.code === input.code && t.indicator === input.indicator);
  if (!trigger) {
    throw invalid(m('rectification.noSuchTrigger', { code: input.code }), [
      {
        message: m('rectification.noSuchTrigger', { code: input.code }),
        location: { path: 'code', label: m('label.triggerCode').text },
      },
    ]);
  }
  return create(db, {
    ...input,
    organisationId: row.organisationId,
    fiscalYear: row.fiscalYear,
    ruleSetId: row.ruleSetId,
    source: {
      kind: 'monitoring',
      monitoringId: row.id,
      code: trigger.code,
      ...(trigger.indicator !== undefined ? { path: `indicators[${trigger.indicator}]` } : {}),
    },
    defaultProblem: trigger.message.zh,
  });
}
