import { evaluate, getRuleSet, parseEvaluation } from '@jixiao/domain';
import { writeSelfEvaluationXlsx } from '@jixiao/formats';
import ExcelJS from 'exceljs';
import { seedEvaluation } from './world';

export const BUDGET_HEADER = ['单位代码', '单位名称', '预算年度', '年初预算数', '全年预算数', '全年执行数'];

/**
 * A budget table of units × years: row r (1-based, after the header in row 1) holds unit ⌊(r-2)/years⌋
 * and year 2000 + (r-2) mod years. Amounts are exact decimal strings written as numbers.
 */
export async function budgetWorkbook(
  units: { code: string; name: string }[],
  years: number,
  bad?: { row: number; column: number; text: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预算决算');
  ws.addRow(BUDGET_HEADER);
  for (const unit of units) {
    for (let y = 0; y < years; y++) {
      ws.addRow([unit.code, unit.name, 2000 + y, 100 + y, 120.5 + y, 99.25 + y]);
    }
  }
  if (bad) ws.getCell(bad.row, bad.column).value = bad.text;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The seed-001 project evaluation as an official 自评表 .xlsx, under the given unit name. */
export async function evaluationWorkbook(unitName: string): Promise<Buffer> {
  const raw = seedEvaluation(1);
  (raw.unit as { name: string }).name = unitName;
  const evaluation = parseEvaluation(raw);
  const ruleSet = getRuleSet(evaluation.ruleSet);
  return writeSelfEvaluationXlsx(evaluation, evaluate(evaluation, ruleSet).result, ruleSet);
}

export function form(files: { name: string; bytes: Buffer }[]): FormData {
  const fd = new FormData();
  for (const f of files) fd.append('file', new Blob([new Uint8Array(f.bytes)]), f.name);
  return fd;
}
