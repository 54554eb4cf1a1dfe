import { isJixiaoError, type JixiaoError } from '@jixiao/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDeclarationXlsx } from './read';
import { PROJECT_DECLARATION, UNIT_DECLARATION } from './test-support';
import { buildDeclarationSheet } from './write';

/** The visible form alone (no data sheet), as a 申报表 written elsewhere would be, after `edit`. */
async function sheetBytes(
  declaration = PROJECT_DECLARATION,
  edit: (ws: ExcelJS.Worksheet) => void = () => {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  edit(buildDeclarationSheet(declaration, wb));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The cell whose text is `text` (the first in reading order). */
function cellOf(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && String(cell.value) === text) found = cell;
    }),
  );
  if (!found) throw new Error(`no cell ${text}`);
  return found;
}

/** The cell of row `of` (found by a text in it) under the header `header`. */
function cellIn(ws: ExcelJS.Worksheet, of: string, header: string): ExcelJS.Cell {
  return ws.getCell(Number(cellOf(ws, of).row), Number(cellOf(ws, header).col));
}

async function refusal(bytes: Uint8Array): Promise<JixiaoError> {
  try {
    await readDeclarationXlsx(bytes, '申报表.xlsx');
  } catch (e) {
    if (isJixiaoError(e)) return e;
    throw e;
  }
  throw new Error('expected the sheet to be refused');
}

const where = (e: JixiaoError) =>
  e.issues.map((i) => `${i.location?.row ?? ''}${i.location?.column ?? ''} ${i.message.text.zh}`);

describe('readDeclarationXlsx', () => {
  it('reads the visible form alone by its labels', async () => {
    const d = await readDeclarationXlsx(await sheetBytes(), '申报表.xlsx');
    expect(d.project).toEqual({
      name: '科普惠民工程',
      implementingUnit: '示例市科技馆',
      attribute: 'continuing',
      periodFrom: 2021,
      periodTo: 2023,
    });
    expect(d.unit).toEqual({
      name: '示例市科学技术协会',
      department: '示例市科学技术协会',
      departmentCode: '101',
    });
    expect(d.funds.annual).toEqual({ total: '100', fiscalAppropriation: '90', otherFunds: '10' });
    expect(d.indicators).toHaveLength(10);
    expect(d.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      name: '科普活动场次',
      weight: '10',
      target: { comparator: '>=', value: '120', unit: '场' },
      midTermTarget: { comparator: '>=', value: '360', unit: '场' },
      basis: 'plan',
      core: true,
    });
    // the unit's own words are kept when they read back to the same figure
    expect(d.indicators[1]?.target).toEqual({
      comparator: '>=',
      value: '5',
      unit: '万人次',
      text: '不少于5',
    });
    // the form shows the declared target; the adjustment lives in the data sheet only
    expect(d.indicators[4]?.adjustment).toBeUndefined();
  });

  it('reads the 部门整体 form with its main tasks', async () => {
    const d = await readDeclarationXlsx(await sheetBytes(UNIT_DECLARATION), '申报表.xlsx');
    expect(d.kind).toBe('unitWide');
    expect(d.amountUnit).toBe('yuan');
    expect(d.mainTasks.map((t) => [t.name, t.budget.total])).toEqual([
      ['义务教育保障', '1000000'],
      ['教师培训', '500000.5'],
    ]);
  });

  it('refuses a non-number 分值, naming file, sheet, row and column', async () => {
    const bytes = await sheetBytes(PROJECT_DECLARATION, (ws) => {
      cellIn(ws, '受益人次', '分值').value = '十分';
    });
    const error = await refusal(bytes);
    expect(error.text('zh')).toBe(
      '文件「申报表.xlsx」工作表「项目支出绩效目标申报表」有 1 处无法读取，未导入任何数据',
    );
    expect(error.issues[0]?.location).toMatchObject({
      file: '申报表.xlsx',
      sheet: '项目支出绩效目标申报表',
      column: 'F',
    });
    expect(error.issues[0]?.message.text.zh).toBe('「十分」不是分数，应填写数字');
  });

  it('refuses an unknown comparator and an empty 三级指标 name, each at its cell', async () => {
    const bytes = await sheetBytes(PROJECT_DECLARATION, (ws) => {
      cellIn(ws, '科普活动场次', '指标值').value = '≈120';
      cellOf(ws, '学校满意度').value = '';
    });
    const error = await refusal(bytes);
    const found = where(error);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/D 「≈120」的比较方式无法识别/);
    expect(found[1]).toMatch(/C 三级指标名称为空/);
  });

  it('refuses a form whose 项目名称 label is missing', async () => {
    const bytes = await sheetBytes(PROJECT_DECLARATION, (ws) => {
      cellOf(ws, '项目名称').value = '名称';
    });
    expect(where(await refusal(bytes))).toEqual([' 未找到「项目名称」：申报表应填写此项']);
  });

  it('refuses an unknown 设定依据 and a workbook with no 申报表', async () => {
    const bytes = await sheetBytes(PROJECT_DECLARATION, (ws) => {
      cellIn(ws, '科普活动场次', '设定依据').value = '拍脑袋';
    });
    expect(where(await refusal(bytes))[0]).toMatch(/G 「拍脑袋」不是指标值设定依据/);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '别的表';
    const error = await refusal(new Uint8Array(await other.xlsx.writeBuffer()));
    expect(error.text('zh')).toBe('文件「申报表.xlsx」中没有找到绩效目标申报表');
  });
});
