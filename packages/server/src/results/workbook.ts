import { type Lang, type ResultsList, sheetNumberFormat } from '@jixiao/domain';
import { serverMessage as m } from '../messages';
import { type TableCell, type TableColumn, tableXlsx } from '../reports/table-xlsx';

/**
 * The suggestion list as an .xlsx workbook (结果应用建议): one row per evaluation under its department, a
 * 小计 row after each department and the 合计 at the end, the amounts as numbers (`0.00`, no grouping), the
 * rule with its arithmetic in words. Written by the overview's table writer.
 */
const AMOUNT = sheetNumberFormat(2);

/** The workbook's words: keys of the server's table without parameters. */
type Word =
  | `results.col.${'department' | 'unit' | 'title' | 'kind' | 'score' | 'grade' | 'budget' | 'suggestion' | 'percent' | 'change' | 'rule' | 'reason'}`
  | `results.kind.${'project' | 'unitWide'}`
  | 'results.sheet'
  | 'results.subtotal'
  | 'results.total'
  | 'results.noDepartment';

export function resultsWorkbook(list: ResultsList, lang: Lang): Promise<Buffer> {
  const t = (key: Word) => m(key).text[lang];
  const columns: TableColumn[] = [
    { header: t('results.col.department'), width: 20 },
    { header: t('results.col.unit'), width: 24 },
    { header: t('results.col.title'), width: 30 },
    { header: t('results.col.kind'), width: 10 },
    { header: t('results.col.score'), width: 9, numberFormat: AMOUNT },
    { header: t('results.col.grade'), width: 7 },
    { header: t('results.col.budget'), width: 16, numberFormat: AMOUNT },
    { header: t('results.col.suggestion'), width: 12 },
    { header: t('results.col.percent'), width: 12 },
    { header: t('results.col.change'), width: 18, numberFormat: AMOUNT },
    { header: t('results.col.rule'), width: 60 },
    { header: t('results.col.reason'), width: 30 },
  ];
  const num = (v: string | null): TableCell => (v === null ? null : { number: v });
  const rows: TableCell[][] = [];
  for (const d of list.departments) {
    const name = d.departmentName ?? t('results.noDepartment');
    for (const u of d.units) {
      for (const e of u.entries) {
        rows.push([
          name,
          u.unitName,
          e.title,
          t(`results.kind.${e.kind}`),
          num(e.totalScore),
          e.gradeLabel,
          num(e.budget),
          e.suggestionLabel?.[lang] ?? null,
          e.overridden ? null : e.changePercent,
          num(e.change),
          e.ruleText[lang],
          e.reason,
        ]);
      }
    }
    rows.push([
      `${name} ${t('results.subtotal')}`,
      null,
      null,
      null,
      null,
      null,
      num(d.budget),
      null,
      null,
      num(d.change),
      null,
      null,
    ]);
  }
  rows.push([
    t('results.total'),
    null,
    null,
    null,
    null,
    null,
    num(list.budget),
    null,
    null,
    num(list.change),
    null,
    null,
  ]);
  return tableXlsx(t('results.sheet'), columns, rows);
}
