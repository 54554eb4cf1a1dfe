import { evaluate, getRuleSet, JixiaoError } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS } from './grid';
import { readAllEvaluationSheets, readEvaluationCsv, readEvaluationXlsx } from './read-workbook';
import {
  buildWorkbook,
  chizhouProjectSheet,
  chongqingFlatSheet,
  chongqingUnitWideSheet,
  sichuanProjectSheet,
  toCsv,
} from './sheet-fixtures';

async function xlsxError(promise: Promise<unknown>): Promise<JixiaoError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof JixiaoError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoError');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a 池州-style 项目支出绩效自评表 (national form, merged cells, formulas)', () => {
  it('reads heading, funds, goals, indicators and stated totals', async () => {
    const e = await readEvaluationXlsx(await buildWorkbook([chizhouProjectSheet]), '池州.xlsx');
    expect(e.kind).toBe('project');
    expect(e.fiscalYear).toBe(2022);
    expect(e.amountUnit).toBe('wanYuan');
    expect(e.unit).toEqual({ name: '池州市贵池区棠溪镇人民政府', department: '池州市贵池区交通运输局' });
    expect(e.project).toEqual({ name: '农村公路养护项目' });
    expect(e.funds).toEqual({
      total: { initialBudget: '100', adjustedBudget: '120', executed: '96' },
      fiscalAppropriation: { initialBudget: '100', adjustedBudget: '110', executed: '90' },
      priorYearCarryover: { initialBudget: '0', adjustedBudget: '10', executed: '6' },
    });
    // G6 is a formula E6/D6 with cached result 0.8 shown as 0.00% → 80 (percent); H6 cached 8.
    expect(e.stated).toMatchObject({
      executionRate: '80',
      executionScore: '8',
      totalWeight: '100',
      totalScore: '94.5',
    });
    expect(e.goals).toEqual([
      {
        expected: '完成农村公路养护50公里，维修桥梁4座，保障群众安全出行。',
        actual: '完成养护56公里，维修桥梁3座。',
      },
    ]);
    expect(e.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '养护里程', '20', '20'],
      ['产出指标', '数量指标', '维修桥梁座数', '10', '7.5'],
      ['产出指标', '质量指标', '验收合格率', '10', '10'],
      ['产出指标', '时效指标', '完成时间', '10', '10'],
      ['效益指标', '社会效益指标', '群众出行便利程度', '15', '14'],
      ['效益指标', '可持续影响指标', '道路使用年限', '15', '15'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '10', '10'],
    ]);
    expect(e.indicators[1]).toMatchObject({
      target: { comparator: '>=', value: '4', unit: '座', text: '≥4座' },
      actual: { value: '3', text: '3座' },
      deviationReason: '资金到位较晚，1座顺延至次年',
    });
    expect(e.indicators[3]?.target).toEqual({ comparator: 'qualitative', text: '2022年12月底前' });
    expect(e.indicators[4]?.actual).toEqual({ text: '达成预期指标', tier: 'met' });
  });

  it('reads the same sheet saved as CSV (UTF-8 with BOM), carrying 一级/二级 down over blank cells', async () => {
    const fromXlsx = await readEvaluationXlsx(await buildWorkbook([chizhouProjectSheet]), '池州.xlsx');
    const csv = readEvaluationCsv(utf8(`\uFEFF${toCsv(chizhouProjectSheet)}`), '池州.csv');
    expect(csv.indicators).toEqual(fromXlsx.indicators);
    expect(csv.funds).toEqual(fromXlsx.funds);
    expect(csv.goals).toEqual(fromXlsx.goals);
    // The CSV holds the cached value 0.8 without its % format: a plain fraction ≤ 1 reads as 80%.
    expect(csv.stated.executionRate).toBe('80');
  });

  it('reads the CSV in UTF-8 without BOM and in GBK, as Chinese Excel saves it', () => {
    const text = toCsv(chizhouProjectSheet);
    const plain = readEvaluationCsv(utf8(text), 'a.csv');
    const gbk = readEvaluationCsv(encodeGbk(text), 'b.csv');
    expect(gbk.project?.name).toBe('农村公路养护项目');
    expect(gbk.indicators).toEqual(plain.indicators);
  });
});

describe('reading a Sichuan-style sheet (shifted positions, blank rows, 指标性质 and 度量单位)', () => {
  it('finds everything by its labels', async () => {
    const e = await readEvaluationXlsx(await buildWorkbook([sichuanProjectSheet]), '四川.xlsx');
    expect(e.fiscalYear).toBe(2023);
    expect(e.amountUnit).toBe('yuan');
    expect(e.project?.name).toBe('科普惠民工程');
    expect(e.unit).toEqual({ name: '某县科普中心', department: '某县科学技术协会' });
    expect(e.funds.total).toEqual({ initialBudget: '500000', adjustedBudget: '480000', executed: '456000' });
    expect(e.funds.fiscalAppropriation).toEqual({
      initialBudget: '400000',
      adjustedBudget: '380000',
      executed: '360000',
    });
    // 财政专户管理资金 0 + 单位资金 100000 + 其他资金 "1,000" = 101000 (年初); 0 + 100000 + 0 = 100000 (调整后).
    expect(e.funds.otherFunds).toEqual({
      initialBudget: '101000',
      adjustedBudget: '100000',
      executed: '96000',
    });
    expect(e.stated.executionRate).toBe('95');
    expect(e.stated.executionScore).toBe('9.5');
    expect(e.stated.totalScore).toBeUndefined();
    expect(e.goals).toEqual([{ expected: '开展科普活动20场，受益群众1万人次。' }]);
    expect(e.indicators).toHaveLength(5);
    expect(e.indicators[1]).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      name: '受益人次',
      target: { comparator: '>=', value: '10000', unit: '人次' },
      actual: { value: '9000' },
      weight: '20',
      score: '18',
      deviationReason: '天气原因部分活动取消',
    });
    expect(e.indicators[2]).toMatchObject({
      level2: '经济成本指标',
      target: { comparator: '<=', value: '2', unit: '万元' },
    });
    expect(e.indicators[3]).toMatchObject({
      level1: '效益指标',
      target: { comparator: 'qualitative', text: '明显提升' },
      actual: { text: '达成年度指标', tier: 'met' },
    });
    // H23 holds 0.96 with a 0% format: the sheet shows 96%.
    expect(e.indicators[4]).toMatchObject({
      target: { comparator: '>=', value: '90', unit: '%' },
      actual: { value: '96' },
    });
  });
});

describe('a row whose 指标性质 the sheet leaves blank', () => {
  it('reads with its comparator blank, as the sheet has it, and is checked rather than refused', async () => {
    const rows = sichuanProjectSheet.rows.map((row) =>
      row.includes('科普活动场次') ? row.map((c, i) => (i === 4 ? null : c)) : row,
    );
    const e = await readEvaluationXlsx(await buildWorkbook([{ ...sichuanProjectSheet, rows }]), '四川.xlsx');
    expect(e.indicators[0]?.target).toEqual({ value: '20', unit: '场', text: '20' });
    const { findings } = evaluate(e, getRuleSet(e.ruleSet));
    expect(
      findings.filter((f) => f.code === 'indicator.comparator-missing').map((f) => f.location.path),
    ).toEqual(['indicators[0].target.comparator']);
  });
});

describe('reading a Chongqing-style 部门整体支出绩效自评表 (得分系数, 年初/调整指标值)', () => {
  it('reads a unit-wide evaluation with score coefficients as fractions', async () => {
    const e = await readEvaluationXlsx(await buildWorkbook([chongqingUnitWideSheet]), '重庆.xlsx');
    expect(e.kind).toBe('unitWide');
    expect(e.fiscalYear).toBe(2021);
    expect(e.project).toBeUndefined();
    expect(e.unit).toEqual({ name: '重庆市某区科学技术协会' });
    expect(e.funds.total).toEqual({ initialBudget: '1000', adjustedBudget: '1200', executed: '912' });
    // 执行率(%) column: 76 is already a percentage.
    expect(e.stated).toMatchObject({ executionRate: '76', executionScore: '7.6', totalScore: '92.6' });
    expect(e.goals).toEqual([{ expected: '开展科普活动120场', actual: '开展科普活动126场' }]);
    expect(
      e.indicators.map((i) => [i.level1, i.level2, i.name, i.weight, i.scoreCoefficient, i.score]),
    ).toEqual([
      ['投入', '预算配置', '在职人员控制率', '20', '1', '20'],
      ['投入', '预算配置', '"三公经费"变动率', '20', '1', '20'],
      ['过程', '预算执行', '预算完成率', '30', '0.8', '24'],
      ['产出', '职责履行', '科普活动完成率', '20', '1', '20'],
      ['效果', '履职效益', '社会公众满意度', '10', '0.9', '9'],
    ]);
    // 调整指标值 blank → 年初指标值 "≤0"; completion "-5%".
    expect(e.indicators[1]).toMatchObject({
      target: { comparator: '<=', value: '0' },
      actual: { value: '-5' },
    });
    expect(e.indicators[0]?.target).toMatchObject({ comparator: '<=', value: '100', unit: '%' });
    expect(e.indicators[4]?.target).toEqual({ comparator: 'qualitative', text: '满意' });
  });

  it('reads every 自评表 of a workbook on its own, a bad sheet not spoiling the others', async () => {
    const broken = structuredClone(chizhouProjectSheet.rows);
    setCell(broken, 'G13', '二十');
    const bytes = await buildWorkbook([
      chizhouProjectSheet,
      { name: '说明', rows: [['填表说明']] },
      chongqingUnitWideSheet,
      { ...chizhouProjectSheet, name: '坏表', rows: broken },
    ]);
    const all = await readAllEvaluationSheets(bytes, 'many.xlsx');
    expect(all.map((s) => [s.sheet, s.result.ok])).toEqual([
      ['项目支出绩效自评表', true],
      ['部门整体', true],
      ['坏表', false],
    ]);
    const bad = all[2]?.result;
    expect(bad && !bad.ok && bad.error.issues[0]?.location).toMatchObject({
      sheet: '坏表',
      row: 13,
      column: 'G',
    });
  });

  it('reads the published form without 一级/二级 columns, taking 共性/个性指标 titles as 一级', async () => {
    const e = await readEvaluationXlsx(await buildWorkbook([chongqingFlatSheet]), '重庆.xlsx');
    expect(e.indicators.map((i) => [i.level1, i.name, i.weight, i.scoreCoefficient, i.score])).toEqual([
      ['共性指标', '预算完成率', '30', '1', '30'],
      ['共性指标', '"三公经费"控制率', '20', '1', '20'],
      ['个性指标', '科普活动场次', '30', '1', '30'],
      ['个性指标', '社会公众满意度', '10', '0.9', '9'],
    ]);
    // 调整指标值 "≥120" wins over 年初指标值 "≥100"; the unit comes from 计量单位.
    expect(e.indicators[2]?.target).toEqual({ comparator: '>=', value: '120', unit: '场', text: '≥120' });
    expect(e.indicators[3]?.target).toEqual({ comparator: 'qualitative', text: '满意' });
    expect(e.stated.totalScore).toBe('95.2');
  });

  it('reads the same form saved as CSV, where the titles are only in the first cell', () => {
    const e = readEvaluationCsv(utf8(toCsv(chongqingFlatSheet)), '重庆.csv');
    expect(e.indicators.map((i) => i.level1)).toEqual(['共性指标', '共性指标', '个性指标', '个性指标']);
  });

  it('picks the sheet with the indicator table out of several', async () => {
    const bytes = await buildWorkbook([{ name: '说明', rows: [['填表说明']] }, chongqingUnitWideSheet]);
    expect((await readEvaluationXlsx(bytes, 'x.xlsx')).kind).toBe('unitWide');
  });
});

describe('sheets that cannot be read are refused whole, with every bad cell named', () => {
  it('lists text in number cells, a weight of 0 and a bad amount, with sheet, row and column', async () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    setCell(rows, 'C6', '约100');
    setCell(rows, 'G13', '二十');
    setCell(rows, 'G15', 0);
    setCell(rows, 'H18', '满分');
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ ...chizhouProjectSheet, rows }]), '坏.xlsx'),
    );
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toBe('文件「坏.xlsx」工作表「项目支出绩效自评表」有 4 处无法读取，未导入任何数据');
    expect(err.issues.map((i) => [i.location?.row, i.location?.column, i.message.text.zh])).toEqual([
      [6, 'C', '「约100」不是金额，应填写数字'],
      [13, 'G', '「二十」不是分数，应填写数字'],
      [15, 'G', '分值为 0：每个三级指标都要有大于 0 的分值；不计分的指标请删去该行'],
      [18, 'H', '「满分」不是分数，应填写数字'],
    ]);
    expect(err.issues[1]?.location).toMatchObject({
      file: '坏.xlsx',
      sheet: '项目支出绩效自评表',
      path: 'indicators[0].weight',
      label: { zh: '绩效指标第 1 行（养护里程）「分值」' },
    });
    expect(err.text('en')).toBe(
      'sheet "项目支出绩效自评表" of file "坏.xlsx" has 4 unreadable cells; nothing was imported',
    );
    expect(err.issues[0]?.message.text.en).toBe('"约100" is not an amount; write a number');
  });

  it('names a missing required column and the labels it may go by', async () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    setCell(rows, 'G12', '备注');
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ ...chizhouProjectSheet, rows }]), 'a.xlsx'),
    );
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]?.message.text.zh).toBe('缺少「分值」列（也可写作「权重」「指标权重」「指标分值」）');
    expect(err.issues[0]?.location).toMatchObject({ row: 12, column: 'A' });
  });

  it('refuses a sheet whose indicator table has no rows, at the header row, naming the marker', async () => {
    const rows = chizhouProjectSheet.rows.slice(0, 12);
    const err = await xlsxError(readEvaluationXlsx(await buildWorkbook([{ name: 's', rows }]), 'a.xlsx'));
    expect(err.issues.map((i) => [i.location?.sheet, i.location?.row, i.location?.column])).toEqual([
      ['s', 12, 'D'],
    ]);
    expect(err.issues[0]?.message.text.zh).toBe(
      '绩效指标表（第 12 行表头）下没有任何指标行：请逐行填写三级指标；本次自评确实不填报绩效指标的，在表头下一行写「（本次自评未填报绩效指标）」',
    );
  });

  it('refuses an indicator table of blank rows and a 总分 row just the same', async () => {
    const rows = [
      ...chizhouProjectSheet.rows.slice(0, 12),
      [],
      [],
      ['总分', null, null, null, null, null, 10, 8],
    ];
    const err = await xlsxError(readEvaluationXlsx(await buildWorkbook([{ name: 's', rows }]), 'a.xlsx'));
    expect(err.issues.map((i) => i.location?.row)).toEqual([12]);
    expect(err.issues[0]?.message.text.zh).toContain('绩效指标表（第 12 行表头）下没有任何指标行');
  });

  it('reads the marker row of a 部门整体 sheet as an indicator tree left empty on purpose, with or without its brackets', async () => {
    for (const marker of ['（本次自评未填报绩效指标）', '本次自评 未填报绩效指标']) {
      const rows = [
        ['部门整体支出绩效自评表'],
        ...chizhouProjectSheet.rows.slice(1, 12),
        [null, marker],
        ['总分', null, null, null, null, null, 10, 8],
      ];
      const e = await readEvaluationXlsx(await buildWorkbook([{ name: 's', rows }]), 'a.xlsx');
      expect(e.kind).toBe('unitWide');
      expect(e.indicators).toEqual([]);
      expect(e.stated.totalScore).toBe('8');
    }
  });

  it('refuses the marker row on a 项目支出 sheet, at the marker: a project is scored by its indicators', async () => {
    const rows = [
      ...chizhouProjectSheet.rows.slice(0, 12),
      [null, '（本次自评未填报绩效指标）'],
      ['总分', null, null, null, null, null, 10, 8],
    ];
    const err = await xlsxError(readEvaluationXlsx(await buildWorkbook([{ name: 's', rows }]), 'a.xlsx'));
    expect(err.issues.map((i) => [i.location?.sheet, i.location?.row, i.location?.column])).toEqual([
      ['s', 13, 'B'],
    ]);
    expect(err.issues[0]?.message.text.zh).toBe(
      '项目支出绩效自评表必须填报绩效指标：「（本次自评未填报绩效指标）」只用于部门整体支出自评表；请逐行填写三级指标',
    );
  });

  it('refuses the marker row beside indicator rows, at the marker', async () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    rows.splice(12, 0, [null, '（本次自评未填报绩效指标）']);
    const err = await xlsxError(readEvaluationXlsx(await buildWorkbook([{ name: 's', rows }]), 'a.xlsx'));
    expect(err.issues.map((i) => [i.location?.row, i.location?.column, i.message.text.zh])).toEqual([
      [13, 'B', '绩效指标表既写了「（本次自评未填报绩效指标）」又有 7 个指标行：请删去该说明行或指标行'],
    ]);
  });

  it('refuses a worksheet with content beyond the row limit', async () => {
    const rows: (string | null)[][] = [['x']];
    rows[MAX_SHEET_ROWS] = ['far below'];
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ name: '大表', rows }]), 'big.xlsx'),
    );
    expect(err.code).toBe('UNREADABLE_FILE');
    expect(err.message).toBe(
      `文件「big.xlsx」的工作表「大表」过大：自评表不超过 ${MAX_SHEET_ROWS} 行、200 列`,
    );
  });

  it('says there is no 自评表 in a workbook without an indicator table', async () => {
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ name: 'Sheet1', rows: [['你好']] }]), 'a.xlsx'),
    );
    expect(err.message).toBe('文件「a.xlsx」中没有找到绩效自评表');
  });

  it('refuses a formula without a cached result instead of reading it as blank', async () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    setCell(rows, 'H13', { formula: 'G13*1' } as unknown as { formula: string; result: number });
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ ...chizhouProjectSheet, rows }]), 'f.xlsx'),
    );
    expect(err.issues.map((i) => [i.location?.row, i.location?.column])).toEqual([[13, 'H']]);
    expect(err.issues[0]?.message.text.zh).toContain('公式没有计算结果');
  });

  it('puts a schema finding back on its cell: a year before 2000 in the title', async () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    setCell(rows, 'A2', '（1999年度）');
    const err = await xlsxError(
      readEvaluationXlsx(await buildWorkbook([{ ...chizhouProjectSheet, rows }]), 'y.xlsx'),
    );
    expect(err.issues).toEqual([
      {
        message: {
          key: 'year.tooEarly',
          params: {},
          text: { zh: '年度不早于 2000', en: 'the year cannot be before 2000' },
        },
        location: {
          path: 'fiscalYear',
          label: { zh: '预算年度', en: 'fiscal year' },
          file: 'y.xlsx',
          sheet: '项目支出绩效自评表',
          row: 2,
          column: 'A',
        },
      },
    ]);
  });

  it('reports a missing year and a missing project name in a CSV', () => {
    const rows = structuredClone(chizhouProjectSheet.rows);
    rows[1] = ['（年度）'];
    rows[2] = ['项目名称', null, null];
    const err = (() => {
      try {
        readEvaluationCsv(utf8(toCsv({ ...chizhouProjectSheet, rows })), 'x.csv');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(JixiaoError);
    expect(err instanceof JixiaoError && err.issues.map((i) => i.location?.path)).toEqual([
      'fiscalYear',
      'project.name',
    ]);
  });
});

/** Sets a cell by its Excel address in fixture rows. */
function setCell(rows: unknown[][], address: string, value: unknown): void {
  const m = /^([A-Z])(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(address);
  const row = rows[Number(m[2]) - 1] ?? [];
  row[m[1].charCodeAt(0) - 65] = value;
  rows[Number(m[2]) - 1] = row;
}

/** GBK bytes for a string, via the reverse of the runtime's GB18030 decoder (there is no GBK encoder). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
