import { domainMessage, sheetNumberFormat } from '@jixiao/domain';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { scopeCondition } from '../access/scope';
import { underPath } from '../access/tree-path';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { evaluations, organisations } from '../db/schema';
import { EVALUATION_STATUS_LABEL } from '../evaluations/status';

/** The overview table (总览表): every evaluation the user may read, one row each, as an .xlsx workbook. */

export interface OverviewFilter {
  fiscalYear?: number | undefined;
  /** This organisation and those below it. */
  organisationId?: string | undefined;
}

const KIND_LABEL = { project: '项目支出', unitWide: '部门整体' } as const;
/** Scores and rates as the engine rounds them under every built-in rule set: two places, never grouped. */
const FIGURE_FORMAT = sheetNumberFormat(2);

/**
 * A 2-decimal string ("94.24") to a cell number. Only at this display edge, and only for values the rule
 * set already rounded to two places: such a decimal round-trips exactly through a double's shortest
 * representation, so Excel shows the same digits; nothing is computed from the number.
 */
const cellNumber = (value: string | null): number | null => (value === null ? null : Number(value));

const UNSCORED = domainMessage('score.unscored').text.zh;

async function overviewConditions(db: Db, principal: Principal, q: OverviewFilter): Promise<SQL | undefined> {
  const conds: (SQL | undefined)[] = [scopeCondition(principal, 'evaluation.read', organisations.path)];
  if (q.fiscalYear !== undefined) conds.push(eq(evaluations.fiscalYear, q.fiscalYear));
  if (q.organisationId) {
    const [org] = await db
      .select({ path: organisations.path })
      .from(organisations)
      .where(eq(organisations.id, q.organisationId));
    conds.push(org ? underPath(organisations.path, org.path) : sql`false`);
  }
  return and(...conds);
}

/** The rows, by department, unit, year and title: summary columns only, never the Evaluation JSON. */
async function overviewRows(db: Db, principal: Principal, q: OverviewFilter) {
  const parent = alias(organisations, 'parent');
  return db
    .select({
      e: {
        fiscalYear: evaluations.fiscalYear,
        kind: evaluations.kind,
        title: evaluations.title,
        status: evaluations.status,
        totalScore: evaluations.totalScore,
        grade: evaluations.grade,
        executionRate: evaluations.executionRate,
        errorCount: evaluations.errorCount,
        warningCount: evaluations.warningCount,
      },
      unit: organisations.name,
      department: parent.name,
    })
    .from(evaluations)
    .innerJoin(organisations, eq(organisations.id, evaluations.organisationId))
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .where(await overviewConditions(db, principal, q))
    .orderBy(asc(parent.name), asc(organisations.name), asc(evaluations.fiscalYear), asc(evaluations.title));
}

/** The workbook's bytes. */
export async function overviewWorkbook(db: Db, principal: Principal, q: OverviewFilter): Promise<Buffer> {
  const rows = await overviewRows(db, principal, q);
  // Loaded on first use: a started server has not paid for ExcelJS (about half a second of CPU).
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'jixiao';
  const sheet = book.addWorksheet('总览');
  sheet.columns = [
    { header: '年度', key: 'year', width: 8 },
    { header: '单位', key: 'unit', width: 24 },
    { header: '主管部门', key: 'department', width: 20 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '名称', key: 'title', width: 30 },
    { header: '状态', key: 'status', width: 18 },
    { header: '总分', key: 'score', width: 10, style: { numFmt: FIGURE_FORMAT } },
    { header: '等级', key: 'grade', width: 8 },
    { header: '预算执行率(%)', key: 'rate', width: 14, style: { numFmt: FIGURE_FORMAT } },
    { header: '错误数', key: 'errors', width: 8 },
    { header: '警告数', key: 'warnings', width: 8 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    sheet.addRow({
      year: r.e.fiscalYear,
      unit: r.unit,
      department: r.department ?? '',
      kind: KIND_LABEL[r.e.kind],
      title: r.e.title,
      status: EVALUATION_STATUS_LABEL[r.e.status],
      // No total stored: the evaluation is not scored (domain scoring/scored.ts), not scored 0.
      score: r.e.totalScore === null ? UNSCORED : cellNumber(r.e.totalScore),
      grade: r.e.grade ?? '',
      rate: cellNumber(r.e.executionRate),
      errors: r.e.errorCount,
      warnings: r.e.warningCount,
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
