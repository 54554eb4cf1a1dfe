import { evaluate, getRuleSet, isJixiaoError, type JixiaoError, parseEvaluation } from '@jixiao/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readEvaluationXlsx } from '../sheet-reader/read-workbook';
import { DATA_SHEET_NAME } from '../sheet-reader/sheet-data';
import { writeSelfEvaluationXlsx } from './write-xlsx';

/**
 * The data sheet behind the 自评表 (sheet-data.ts): hidden, carrying what the form has no cell for, and
 * giving way wherever a person has changed the visible sheet.
 */
const evaluation = parseEvaluation({
  kind: 'project',
  fiscalYear: 2024,
  ruleSet: 'beijing-2024',
  amountUnit: 'wanYuan',
  unit: { name: '某区科协', code: '110102001', region: { name: '北京市某区' } },
  project: { name: '科普经费项目' },
  funds: { total: { initialBudget: '100', adjustedBudget: '100', executed: '90' } },
  indicators: [
    {
      id: 'i-1',
      level1: '产出指标',
      level2: '数量指标',
      name: '科普活动场次',
      weight: '55',
      target: { comparator: '>=', value: '50', unit: '场' },
      actual: { value: '56' },
    },
    {
      id: 'i-2',
      level1: '效益指标',
      level2: '社会效益指标',
      name: '公众科学素质提升',
      weight: '35',
      manualScore: { score: '30', reason: '报告只给出该项得分' },
    },
  ],
  stated: { totalScore: '98', grade: '优秀' },
  narrative: { conclusion: '自评得分98分。' },
});
const ruleSet = getRuleSet('beijing-2024');

async function written(): Promise<ExcelJS.Workbook> {
  const bytes = await writeSelfEvaluationXlsx(evaluation, evaluate(evaluation, ruleSet).result, ruleSet);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

async function reread(wb: ExcelJS.Workbook) {
  return readEvaluationXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'edited.xlsx');
}

/** The visible cell in the row whose column D reads `name`, in `column`. */
function indicatorCell(wb: ExcelJS.Workbook, name: string, column: string): ExcelJS.Cell {
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  for (let r = 1; r <= ws.rowCount; r++)
    if (ws.getCell(`D${r}`).value === name) return ws.getCell(`${column}${r}`);
  throw new Error(`no row ${name}`);
}

async function refusal(promise: Promise<unknown>): Promise<JixiaoError> {
  try {
    await promise;
  } catch (e) {
    if (isJixiaoError(e)) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the data sheet of a 自评表', () => {
  it('is very hidden and protected, so a reader of the form never meets it', async () => {
    const data = (await written()).getWorksheet(DATA_SHEET_NAME);
    expect(data?.state).toBe('veryHidden');
    // ExcelJS keeps the protection on the worksheet without declaring it in its types.
    expect(data && Reflect.get(data, 'sheetProtection')).toEqual(expect.objectContaining({ sheet: true }));
  });

  it('keeps scoring notes off the form: the 偏差原因 column and the funds block hold no 人工评定 text', async () => {
    const ws = (await written()).worksheets[0];
    const texts: string[] = [];
    ws?.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(cell.text);
      });
    });
    expect(texts.filter((t) => /人工评定|理由/.test(t))).toEqual([]);
    expect(texts).not.toContain('报告只给出该项得分');
  });

  it('gives back the rule set, unit code and region, ids, stated figures, manual reasons and narrative', async () => {
    const back = await reread(await written());
    expect(back.ruleSet).toBe('beijing-2024');
    expect(back.unit).toEqual(evaluation.unit);
    expect(back.indicators.map((i) => i.id)).toEqual(['i-1', 'i-2']);
    expect(back.indicators[1]?.manualScore).toEqual({ score: '30', reason: '报告只给出该项得分' });
    // The visible 总分 and 等级 are the engine's; the source stated 98 and 优秀, and that is what comes back.
    expect(back.stated).toEqual(evaluation.stated);
    expect(back.narrative).toEqual(evaluation.narrative);
  });

  it('gives way to a visible cell that was changed: the 总分 typed over reads as the stated total', async () => {
    const wb = await written();
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    let total: ExcelJS.Cell | undefined;
    ws.eachRow((row, r) => {
      if (row.getCell(1).value === '总分') total = ws.getCell(`H${r}`);
    });
    if (!total) throw new Error('no 总分 row');
    total.value = 77;
    const back = await reread(wb);
    expect(back.stated.totalScore).toBe('77');
    // The grade cell was not touched: the source's stated 优秀 still stands for it.
    expect(back.stated.grade).toBe('优秀');
  });

  it('drops a hand-set score and its reason when its 得分 cell was changed; the new figure reads as stated', async () => {
    const wb = await written();
    indicatorCell(wb, '公众科学素质提升', 'H').value = 25;
    const back = await reread(wb);
    expect(back.indicators[1]?.manualScore).toBeUndefined();
    expect(back.indicators[1]?.score).toBe('25');
    expect(back.indicators[1]?.id).toBe('i-2');
  });

  it('follows an indicator by its names when rows are swapped in the sheet', async () => {
    const wb = await written();
    const cells = ['B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const first = cells.map((c) => indicatorCell(wb, '科普活动场次', c));
    const second = cells.map((c) => indicatorCell(wb, '公众科学素质提升', c));
    const a = first.map((c) => c.value);
    const b = second.map((c) => c.value);
    first.forEach((c, i) => {
      c.value = b[i] ?? null;
    });
    second.forEach((c, i) => {
      c.value = a[i] ?? null;
    });
    const back = await reread(wb);
    expect(back.indicators.map((i) => [i.name, i.id])).toEqual([
      ['公众科学素质提升', 'i-2'],
      ['科普活动场次', 'i-1'],
    ]);
    expect(back.indicators[0]?.manualScore?.reason).toBe('报告只给出该项得分');
  });

  it('refuses a damaged data sheet whole, naming its sheet, row and column', async () => {
    const wb = await written();
    const data = wb.getWorksheet(DATA_SHEET_NAME);
    if (!data) throw new Error('no data sheet');
    data.unprotect();
    let row = 0;
    data.eachRow((r, n) => {
      if (r.getCell(1).value === 'ruleSet') row = n;
    });
    data.getCell(`B${row}`).value = '{"beijing';
    const error = await refusal(reread(wb));
    expect(error.issues.map((i) => [i.location?.sheet, i.location?.row, i.location?.column])).toEqual([
      [DATA_SHEET_NAME, row, 'B'],
    ]);
    expect(error.issues[0]?.message.text.zh).toBe('内容不是有效的 JSON（该表由 jixiao 写入，请勿手工修改）');
  });

  it('refuses a data sheet of a newer version instead of guessing at it', async () => {
    const wb = await written();
    const data = wb.getWorksheet(DATA_SHEET_NAME);
    if (!data) throw new Error('no data sheet');
    data.getCell('B3').value = '2';
    const error = await refusal(reread(wb));
    expect(error.issues[0]?.location?.row).toBe(3);
    expect(error.issues[0]?.message.text.zh).toContain('数据表版本「2」无法识别');
  });

  it('refuses values and paths nested deeper than an evaluation goes, before walking them', async () => {
    const wb = await written();
    const data = wb.getWorksheet(DATA_SHEET_NAME);
    if (!data) throw new Error('no data sheet');
    // 17 opening brackets, one over the limit of 16; "[" inside a string does not count.
    data.addRow(['narrative.other', `${'['.repeat(17)}${']'.repeat(17)}`]);
    data.addRow(['narrative.problems', JSON.stringify('[[[[[[[[[[[[[[[[[[[[ 括号')]);
    data.addRow([Array.from({ length: 17 }, () => 'a').join('.'), '1']);
    const error = await refusal(reread(wb));
    const last = data.rowCount;
    expect(error.issues.map((i) => [i.location?.row, i.location?.column, i.message.text.zh])).toEqual([
      [last - 2, 'B', '内容嵌套超过 16 层，不是 jixiao 写入的数据'],
      [last, 'A', `「${Array.from({ length: 17 }, () => 'a').join('.')}」不是有效的字段路径`],
    ]);
  });
});
