import { domainMessage, type GradeKey, getRuleSet, sheetNumberFormat } from '@jixiao/domain';
import type { Principal } from '../auth/sessions';
import type { Db } from '../db/connect';
import { EVALUATION_STATUS_LABEL } from '../evaluations/status';
import { type CountedRow, countedRows, type OverviewFilter } from './overview';
import { type TableColumn, tableXlsx } from './table-xlsx';

/**
 * The overview table (总览表): every evaluation the user may read that counts in statistics (the same set
 * as the overview's figures), one row each, as an .xlsx workbook.
 */

const KIND_LABEL = { project: '项目支出', unitWide: '部门整体' } as const;
/** Scores and rates as the engine rounds them under every built-in rule set: two places, never grouped. */
const FIGURE_FORMAT = sheetNumberFormat(2);

const UNSCORED = domainMessage('score.unscored').text.zh;

/** Text by code point: a fixed order that costs nothing per comparison (the sheet's filter sorts anew). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By department (those without one last), unit, year and name. */
function byPlace(a: CountedRow, b: CountedRow): number {
  if (a.departmentName !== b.departmentName) {
    if (a.departmentName === null) return 1;
    if (b.departmentName === null) return -1;
    return byText(a.departmentName, b.departmentName);
  }
  return byText(a.unitName, b.unitName) || a.fiscalYear - b.fiscalYear || byText(a.title, b.title);
}

/** The grade's word (优/良/中/差) as the row's rule set names its band; the default rule set's when it is unknown here. */
function gradeWords(): (ruleSetId: string, grade: string | null) => string {
  const byRuleSet = new Map<string, Map<string, string>>();
  const wordsOf = (ruleSetId: string): Map<string, string> => {
    let words = byRuleSet.get(ruleSetId);
    if (!words) {
      let grades: readonly { key: GradeKey; label: string }[];
      try {
        grades = getRuleSet(ruleSetId).grades;
      } catch {
        grades = getRuleSet('mof-2020').grades;
      }
      words = new Map(grades.map((g) => [g.key, g.label]));
      byRuleSet.set(ruleSetId, words);
    }
    return words;
  };
  return (ruleSetId, grade) => (grade === null ? '' : (wordsOf(ruleSetId).get(grade) ?? grade));
}

const COLUMNS: TableColumn[] = [
  { header: '年度', width: 8 },
  { header: '单位', width: 24 },
  { header: '主管部门', width: 20 },
  { header: '类型', width: 10 },
  { header: '名称', width: 30 },
  { header: '状态', width: 18 },
  { header: '总分', width: 10, numberFormat: FIGURE_FORMAT },
  { header: '等级', width: 8 },
  { header: '预算执行率(%)', width: 14, numberFormat: FIGURE_FORMAT },
  { header: '错误数', width: 8 },
  { header: '警告数', width: 8 },
];

/** The workbook's bytes. Scores and rates go in as the exact decimals stored, shown with two places. */
export async function overviewWorkbook(db: Db, principal: Principal, q: OverviewFilter): Promise<Buffer> {
  const rows = (await countedRows(db, principal, q)).sort(byPlace);
  const gradeWord = gradeWords();
  return tableXlsx(
    '总览',
    COLUMNS,
    rows.map((r) => [
      r.fiscalYear,
      r.unitName,
      r.departmentName ?? '',
      KIND_LABEL[r.kind],
      r.title,
      EVALUATION_STATUS_LABEL[r.status],
      // No total stored: the evaluation is not scored (domain scoring/scored.ts), not scored 0.
      r.totalScore === null ? UNSCORED : { number: r.totalScore },
      gradeWord(r.ruleSetId, r.grade),
      r.executionRate === null ? null : { number: r.executionRate },
      r.errorCount,
      r.warningCount,
    ]),
  );
}
