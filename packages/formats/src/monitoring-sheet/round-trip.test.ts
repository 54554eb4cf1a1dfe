import { getRuleSet, JixiaoError, type MonitoringReport, parseMonitoring } from '@jixiao/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readMonitoringXlsx } from './read';
import { writeMonitoringXlsx } from './write';

const report: MonitoringReport = parseMonitoring({
  kind: 'project',
  fiscalYear: 2026,
  throughMonth: 7,
  unit: { name: '某区科普中心', department: '某区科学技术协会', departmentCode: '101' },
  project: { name: '科普惠民工程', implementingUnit: '某区科普中心' },
  funds: {
    total: { budget: '100', executed: '30', expectedAnnual: '95' },
    fiscalAppropriation: { budget: '80', executed: '25', expectedAnnual: '78' },
    otherFunds: { budget: '20', executed: '5', expectedAnnual: '17' },
  },
  goals: { annual: '全年开展科普活动 120 场', progress: '已开展 42 场' },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '科普活动场次',
      target: { comparator: '>=', value: '120', unit: '个', text: '≥120个' },
      progress: { value: '42' },
      expectedAnnual: { value: '120' },
      deviation: { funding: '资金下达较晚' },
      likelihood: 'possible',
      measures: '加快下半年活动安排',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '公众科学素质',
      target: { comparator: 'qualitative', text: '明显提升' },
      progress: { tier: 'partlyMet', text: '部分社区已覆盖' },
      expectedAnnual: { text: '年底前全覆盖' },
      likelihood: 'certain',
      remark: '按计划推进',
    },
  ],
});

async function sheetOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return { wb, ws };
}

function find(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++)
    for (let c = 1; c <= 16; c++) if (ws.getCell(r, c).value === text) return ws.getCell(r, c);
  throw new Error(`no cell ${text}`);
}

describe('监控表 .xlsx', () => {
  it('reads back exactly the report it wrote', async () => {
    const bytes = await writeMonitoringXlsx(report, getRuleSet('mof-2020'));
    const back = await readMonitoringXlsx(bytes, 'm.xlsx');
    expect(back).toEqual(report);
  });

  it('writes the engine’s 执行率, 进度 and 灯 beside the data', async () => {
    // 30 ÷ 100 = 30.00%; 42 ÷ (120 ÷ 12 × 7) = 60.00% → 黄灯.
    const { ws } = await sheetOf(await writeMonitoringXlsx(report));
    expect(find(ws, '30.00%').row).toBe(find(ws, '年度资金总额').row);
    const progress = find(ws, '60.00%');
    expect(ws.getCell(progress.row, 16).value).toBe('黄灯');
    expect(find(ws, '（2026年度 1-7月）')).toBeDefined();
  });

  it('refuses an amount that is not a number, naming sheet, row and column, and returns nothing', async () => {
    const { wb, ws } = await sheetOf(await writeMonitoringXlsx(report));
    const total = find(ws, '年度资金总额');
    ws.getCell(total.row, 6).value = '三十';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const error = await readMonitoringXlsx(bytes, 'bad.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JixiaoError);
    const issue = (error as JixiaoError).issues[0];
    expect(issue?.message.text.zh).toBe('「三十」不是金额，请填写数字，例如 30 或 30.5');
    expect(issue?.location).toMatchObject({
      file: 'bad.xlsx',
      sheet: '项目支出绩效目标执行监控表',
      row: total.row,
      column: 'F',
    });
  });

  it('refuses an unknown 完成目标可能性 and an empty 年度指标值 together', async () => {
    const { wb, ws } = await sheetOf(await writeMonitoringXlsx(report));
    const row = find(ws, '科普活动场次').row;
    ws.getCell(row, 12).value = '大概吧';
    ws.getCell(row, 4).value = '';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const error = (await readMonitoringXlsx(bytes, 'bad.xlsx').catch((e: unknown) => e)) as JixiaoError;
    expect(error.localized.zh).toBe('文件「bad.xlsx」的监控表有 2 处问题，未导入任何数据');
    expect(error.issues.map((i) => i.location?.column)).toEqual(['D', 'L']);
  });

  it('says when a workbook holds no 监控表', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = '无关内容';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readMonitoringXlsx(bytes, 'x.xlsx')).rejects.toThrow(
      '文件「x.xlsx」中没有找到绩效目标执行监控表',
    );
  });
});
