import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadSeed, SEED_IDS } from '../report/seed-support';
import { COLUMN_COUNT, displayWidth, LINE_HEIGHT_PT, linesNeeded, ROW_PADDING_PT } from './layout';
import { masterSpan, writeSelfEvaluationXlsx } from './write-xlsx';

describe('the width of a text in a 自评表 cell', () => {
  it('counts CJK and full-width characters double, digits and Latin letters once', () => {
    // 科普活动 4 × 2 + 56 2 × 1 + 场 2 = 12; "（" is full-width, 2.
    expect(displayWidth('科普活动56场')).toBe(12);
    expect(displayWidth('（A）')).toBe(5);
  });

  it('wraps to the lines a column of that width shows, one more for each hard break', () => {
    // 12 units wide less 1 of margin = 11 per line: "科普活动场次" (12) needs 2 lines, "分值" (4) one.
    expect(linesNeeded('科普活动场次', 12)).toBe(2);
    expect(linesNeeded('分值', 12)).toBe(1);
    // 19 wide → 18 per line: "其中：当年财政拨款" is 9 × 2 = 18, exactly one line.
    expect(linesNeeded('其中：当年财政拨款', 19)).toBe(1);
    // 11 characters (22 units) and 9 (18) in 24 − 1 = 23: one line each, 2 in all; 12 (24) would wrap.
    expect(linesNeeded('两场活动因天气延期延期\n改进措施：调整排期', 24)).toBe(2);
    expect(linesNeeded('两场活动因天气延期延期延', 24)).toBe(2);
  });
});

describe.each(SEED_IDS)('the row heights of the 自评表 of %s', (id) => {
  it('give every cell at least the lines its text wraps to', async () => {
    const seed = await loadSeed(id);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeSelfEvaluationXlsx(seed.evaluation, seed.result, seed.ruleSet)).slice().buffer,
    );
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const short: string[] = [];
    // Row 3 on: the table (rows 1–2 are the title and the year, one line each at their own size).
    const last = ws.rowCount;
    for (let r = 3; r <= last; r++) {
      for (let c = 1; c <= COLUMN_COUNT; c++) {
        const span = masterSpan(ws, r, c, last);
        const text = ws.getCell(r, c).text;
        if (!span || text === '') continue;
        let height = 0;
        for (let k = r; k <= span.bottom; k++) height += ws.getRow(k).height ?? 0;
        const lines = Math.floor((height - ROW_PADDING_PT) / LINE_HEIGHT_PT);
        if (lines < linesNeeded(text, span.width)) short.push(`${ws.getCell(r, c).address}: ${text}`);
      }
    }
    expect(short).toEqual([]);
  });
});
