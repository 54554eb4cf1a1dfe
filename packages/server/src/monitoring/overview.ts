import { type MonitoredFigure, pooledExecutionProgress, type RoundingMode } from '@jixiao/domain';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Permission } from '../access/policies';
import { scopeCondition } from '../access/scope';
import type { Principal } from '../auth/sessions';
import type { DbOrTx } from '../db/connect';
import { type EvaluationStatus, monitoringReports, organisations } from '../db/schema';
import { knowRuleSet, ruleSetFor } from '../rule-sets/registry';

/**
 * What the bureau (or a department, over its units) sees of one period's monitoring: per report its unit
 * and 主管部门, 执行进度 against 时序进度, the count of each light and whether it is on the 重点监控 list, read
 * from the figure columns the engine writes on every save (monitoring/engine.ts `columnsOf`); per
 * department the counts added up. Drafts are the unit's work in progress and are left out.
 */

export const OVERVIEW_SORTS = [
  'title',
  'unitName',
  'executionProgress',
  'redCount',
  'yellowCount',
  'updatedAt',
] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export interface MonitoringFilter {
  fiscalYear?: number | undefined;
  throughMonth?: number | undefined;
  round?: number | undefined;
  status?: EvaluationStatus | undefined;
  focus?: boolean | undefined;
  sort?: OverviewSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  /** Leave drafts out (the overview and the focus list: what units have handed in). */
  handedIn?: boolean | undefined;
}

const department = alias(organisations, 'department');

export interface MonitoringListRow {
  id: string;
  organisationId: string;
  projectId: string | null;
  firstRoundId: string | null;
  kind: 'project' | 'unitWide';
  fiscalYear: number;
  throughMonth: number;
  round: number;
  title: string;
  unitName: string;
  departmentId: string | null;
  departmentName: string | null;
  status: EvaluationStatus;
  executionProgress: string | null;
  timeProgress: string | null;
  redCount: number;
  yellowCount: number;
  greenCount: number;
  blueCount: number;
  focus: boolean;
  hasFollowUp: boolean;
  updatedAt: Date;
  version: number;
  ruleSetId: string;
  /** The report's 资金总额 (全年预算数, 执行数) and the unit they were entered in, for the department sums. */
  amountUnit: string | null;
  budget: string | null;
  executed: string | null;
}

const SORT_COLUMN = {
  title: monitoringReports.title,
  unitName: monitoringReports.unitName,
  executionProgress: monitoringReports.executionProgress,
  redCount: monitoringReports.redCount,
  yellowCount: monitoringReports.yellowCount,
  updatedAt: monitoringReports.updatedAt,
} as const;

/** The reports the principal may see with the permission, filtered and sorted (the id breaks ties). */
export async function listMonitoring(
  db: DbOrTx,
  principal: Principal,
  permission: Permission,
  q: MonitoringFilter,
): Promise<MonitoringListRow[]> {
  const conds: SQL[] = [];
  const scope = scopeCondition(principal, permission, organisations.path);
  if (scope) conds.push(scope);
  if (q.fiscalYear !== undefined) conds.push(eq(monitoringReports.fiscalYear, q.fiscalYear));
  if (q.throughMonth !== undefined) conds.push(eq(monitoringReports.throughMonth, q.throughMonth));
  if (q.round !== undefined) conds.push(eq(monitoringReports.round, q.round));
  if (q.status !== undefined) conds.push(eq(monitoringReports.status, q.status));
  if (q.focus !== undefined) conds.push(eq(monitoringReports.focus, q.focus));
  const rows = await db
    .select({
      id: monitoringReports.id,
      organisationId: monitoringReports.organisationId,
      projectId: monitoringReports.projectId,
      firstRoundId: monitoringReports.firstRoundId,
      kind: monitoringReports.kind,
      fiscalYear: monitoringReports.fiscalYear,
      throughMonth: monitoringReports.throughMonth,
      round: monitoringReports.round,
      title: monitoringReports.title,
      unitName: monitoringReports.unitName,
      departmentId: department.id,
      departmentName: department.name,
      status: monitoringReports.status,
      executionProgress: monitoringReports.executionProgress,
      timeProgress: monitoringReports.timeProgress,
      redCount: monitoringReports.redCount,
      yellowCount: monitoringReports.yellowCount,
      greenCount: monitoringReports.greenCount,
      blueCount: monitoringReports.blueCount,
      focus: monitoringReports.focus,
      followUp: monitoringReports.followUp,
      updatedAt: monitoringReports.updatedAt,
      version: monitoringReports.version,
      ruleSetId: monitoringReports.ruleSetId,
      amountUnit: sql<string | null>`${monitoringReports.data}->>'amountUnit'`,
      budget: sql<string | null>`${monitoringReports.data}->'funds'->'total'->>'budget'`,
      executed: sql<string | null>`${monitoringReports.data}->'funds'->'total'->>'executed'`,
    })
    .from(monitoringReports)
    .innerJoin(organisations, eq(organisations.id, monitoringReports.organisationId))
    .leftJoin(department, and(eq(department.id, organisations.parentId), eq(department.kind, 'department')))
    .where(and(...conds))
    .orderBy((q.order === 'asc' ? asc : desc)(SORT_COLUMN[q.sort ?? 'updatedAt']), asc(monitoringReports.id))
    .limit(5000);
  const kept = q.handedIn ? rows.filter((r) => r.status !== 'draft') : rows;
  return kept.map(({ followUp, ...r }) => ({ ...r, hasFollowUp: followUp !== null }));
}

export interface DepartmentTotals {
  departmentId: string | null;
  departmentName: string | null;
  reports: number;
  red: number;
  yellow: number;
  green: number;
  blue: number;
  focus: number;
  /** Σ 执行数 ÷ Σ 预算数 of its reports (domain `pooledExecutionProgress`); null when none has both. */
  executionProgress: MonitoredFigure | null;
  /** 时序进度 of its reports when they are of one period (the overview filtered by period), else null. */
  timeProgress: string | null;
}

type Rounding = { places: number; mode: RoundingMode };

/**
 * Per 主管部门 (units directly under the bureau together as one line without a department): the light
 * counts added up, and 执行进度 pooled over the amounts — rounded as the department's first report's rule
 * set rounds rates (`rounding`), since one period's reports are normally under one rule set.
 */
export function departmentTotals(
  rows: readonly MonitoringListRow[],
  rounding: (ruleSetId: string) => Rounding,
): DepartmentTotals[] {
  const byId = new Map<string | null, { totals: DepartmentTotals; rows: MonitoringListRow[] }>();
  for (const r of rows) {
    const entry = byId.get(r.departmentId) ?? {
      totals: {
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        reports: 0,
        red: 0,
        yellow: 0,
        green: 0,
        blue: 0,
        focus: 0,
        executionProgress: null,
        timeProgress: null,
      },
      rows: [],
    };
    const t = entry.totals;
    t.reports += 1;
    t.red += r.redCount;
    t.yellow += r.yellowCount;
    t.green += r.greenCount;
    t.blue += r.blueCount;
    t.focus += r.focus ? 1 : 0;
    entry.rows.push(r);
    byId.set(r.departmentId, entry);
  }
  return [...byId.values()].map(({ totals, rows: own }) => {
    const first = own[0];
    if (!first) return totals;
    const pooled = pooledExecutionProgress(
      own.map((r) => ({
        budget: r.budget ?? undefined,
        executed: r.executed ?? undefined,
        amountUnit: r.amountUnit === 'yuan' ? 'yuan' : 'wanYuan',
      })),
      rounding(first.ruleSetId),
    );
    const times = new Set(own.map((r) => r.timeProgress));
    return {
      ...totals,
      executionProgress: pooled ?? null,
      timeProgress: times.size === 1 ? first.timeProgress : null,
    };
  });
}

/** The department lines of the overview, each rule set of the rows known first so its rounding is read. */
export async function departmentOverview(
  db: DbOrTx,
  rows: readonly MonitoringListRow[],
): Promise<DepartmentTotals[]> {
  for (const id of new Set(rows.map((r) => r.ruleSetId))) await knowRuleSet(db, id);
  return departmentTotals(rows, (id) => {
    const { ratePlaces, mode } = ruleSetFor(id).rounding;
    return { places: ratePlaces, mode };
  });
}
