import ExcelJS from 'exceljs';

/**
 * Test fixtures: official sheets as provinces publish them, built with ExcelJS in code (no binary
 * files in the repo). Used by the reader's tests and available to the writer's round-trip tests.
 */
export type FixtureCell = string | number | { formula: string; result: number } | null;

export interface FixtureSheet {
  name: string;
  /** Rows from row 1; a cell [value, numFmt] sets a number format. */
  rows: (FixtureCell | [FixtureCell, string])[][];
  /** Ranges like "A1:J1". */
  merges?: string[];
}

export async function buildWorkbook(sheets: FixtureSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (Array.isArray(value)) {
          cell.value = value[0];
          cell.numFmt = value[1];
        } else cell.value = value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The sheet as Excel "save as CSV" writes it: merged cells keep their text in the first cell only. */
export function toCsv(sheet: FixtureSheet): string {
  return sheet.rows
    .map((row) =>
      row
        .map((value) => {
          const v = Array.isArray(value) ? value[0] : value;
          const text = v === null ? '' : typeof v === 'object' ? String(v.result) : String(v);
          return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
        })
        .join(','),
    )
    .join('\r\n');
}

const _ = null;

/** 池州 2022 style (national form): merged headings, 项目资金（万元）, formulas with cached results. */
export const chizhouProjectSheet: FixtureSheet = {
  name: '项目支出绩效自评表',
  rows: [
    ['项目支出绩效自评表'],
    ['（2022年度）'],
    ['项目名称', _, '农村公路养护项目'],
    ['主管部门', _, '池州市贵池区交通运输局', _, _, '实施单位', _, '池州市贵池区棠溪镇人民政府'],
    ['项目资金（万元）', _, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [
      _,
      '年度资金总额：',
      100,
      120,
      96,
      10,
      [{ formula: 'E6/D6', result: 0.8 }, '0.00%'],
      { formula: 'MIN(G6,1)*F6', result: 8 },
    ],
    [
      _,
      '其中：本年财政拨款',
      100,
      110,
      90,
      '/',
      [{ formula: 'E7/D7', result: 0.8181818181818182 }, '0.00%'],
      '/',
    ],
    [_, '上年结转资金', 0, 10, 6, '/', [0.6, '0.00%'], '/'],
    [_, '其他资金', '/', '/', '/', '/', '/', '/'],
    ['年度总体目标', '预期目标', _, _, _, _, '实际完成情况'],
    [
      _,
      '完成农村公路养护50公里，维修桥梁4座，保障群众安全出行。',
      _,
      _,
      _,
      _,
      '完成养护56公里，维修桥梁3座。',
    ],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [_, '产出指标（50分）', '数量指标', '养护里程', '≥50公里', '56公里', 20, 20, _],
    [_, _, _, '维修桥梁座数', '≥4座', '3座', 10, 7.5, '资金到位较晚，1座顺延至次年'],
    [_, _, '质量指标', '验收合格率', '100%', '100%', 10, 10, _],
    [_, _, '时效指标', '完成时间', '2022年12月底前', '按期完成', 10, 10, _],
    [_, '效益指标（30分）', '社会效益指标', '群众出行便利程度', '效果明显', '达成预期指标', 15, 14, _],
    [_, _, '可持续影响指标', '道路使用年限', '≥5年', '5年', 15, 15, _],
    [_, '满意度指标（10分）', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10, _],
    ['总分', _, _, _, _, _, 100, { formula: 'H6+SUM(H13:H19)', result: 94.5 }, _],
  ],
  merges: [
    'A1:I1',
    'A2:I2',
    'A3:B3',
    'C3:I3',
    'A4:B4',
    'C4:E4',
    'F4:G4',
    'H4:I4',
    'A5:A9',
    'A10:A11',
    'B10:F10',
    'G10:I10',
    'B11:F11',
    'G11:I11',
    'A12:A19',
    'B13:B16',
    'C13:C14',
    'B17:B18',
    'A20:F20',
  ],
};

/**
 * Sichuan 2023 style (一体化 form): shifted one column right and down, blank rows, "项目名称：…" in
 * one cell, 预算执行情况 with 调整后预算数 and extra 其中 rows, 指标性质 and 度量单位 columns, amounts in 元.
 */
export const sichuanProjectSheet: FixtureSheet = {
  name: '自评表',
  rows: [
    [],
    [_, '项目支出绩效自评表'],
    [_, '（2023年度）'],
    [],
    [_, '项目名称：科普惠民工程', _, _, _, _, '单位名称', '某县科普中心'],
    [_, '主管部门', '某县科学技术协会', _, _, _, _, _, _, _, '金额单位：元'],
    [],
    [
      _,
      '预算执行情况（10分）',
      _,
      '年初预算',
      '调整后预算数',
      '预算执行数',
      '预算执行率',
      '权重',
      '得分',
      '原因',
    ],
    [_, _, '总额', 500000, 480000, 456000, '95%', 10, 9.5, _],
    [_, _, '财政资金', 400000, 380000, 360000, _, _, _, _],
    [_, _, '财政专户管理资金', 0, 0, 0, _, _, _, _],
    [_, _, '单位资金', 100000, 100000, 96000, _, _, _, _],
    [_, _, '其他资金', '1,000', 0, 0, _, _, _, _],
    [],
    [_, '年度总体目标', '开展科普活动20场，受益群众1万人次。'],
    [],
    [
      _,
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '完成值',
      '权重',
      '得分',
      '未完成原因分析',
    ],
    [_, '产出指标', '数量指标', '科普活动场次', '≥', 20, '场', 22, 30, 30, _],
    [_, _, _, '受益人次', '≥', 10000, '人次', 9000, 20, 18, '天气原因部分活动取消'],
    [_, _, '经济成本指标', '单场活动成本', '≤', 2, '万元', 1.9, 10, 10, _],
    [],
    [_, '效益指标', '社会效益指标', '公众科学素质提升', '定性', '明显提升', _, '达成年度指标', 20, 18, _],
    [_, '满意度指标', '服务对象满意度指标', '参与群众满意度', '≥', 90, '%', [0.96, '0%'], 10, 10, _],
    [_, '评价结论', '项目总体完成较好。'],
  ],
  merges: ['B2:L2', 'B3:L3', 'B8:B13'],
};

/** Chongqing 2021 部门整体 style: 自评总分 in the heading, 执行率权重/得分, 年初/调整指标值, 得分系数(%). */
export const chongqingUnitWideSheet: FixtureSheet = {
  name: '部门整体',
  rows: [
    ['2021年度部门整体绩效自评表'],
    ['主管部门', '重庆市某区科学技术协会', _, '财政处室', '科教文处', _, '自评总分', 92.6],
    ['部门联系人', '张三', _, '联系电话', '023-00000000'],
    [
      '部门预算执行情况（万元）',
      '年初预算数',
      '全年（调整）预算数',
      '全年执行数',
      '执行率(%)',
      '执行率权重',
      '执行率得分',
    ],
    [_, 1000, 1200, 912, 76, 10, 7.6],
    ['当年绩效目标', '年初绩效目标', _, '全年（调整）绩效目标', _, '全年目标实际完成情况'],
    [_, '开展科普活动100场', _, '开展科普活动120场', _, '开展科普活动126场'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数(%)',
      '指标权重(分)',
      '指标得分(分)',
      '是否核心指标',
    ],
    ['投入', '预算配置', '在职人员控制率', '%', '定量', '≤100%', '≤100%', '98%', 100, 20, 20, '否'],
    [_, _, '"三公经费"变动率', '%', '定量', '≤0', _, '-5%', 100, 20, 20, '否'],
    ['过程', '预算执行', '预算完成率', '%', '定量', '≥95%', _, '76%', 80, 30, 24, '否'],
    ['产出', '职责履行', '科普活动完成率', '%', '定量', '100%', '100%', '105%', 100, 20, 20, '是'],
    ['效果', '履职效益', '社会公众满意度', _, '定性', '满意', _, '达成年度指标', 90, 10, 9, '是'],
  ],
  merges: ['A1:L1', 'A4:A5', 'A6:A7', 'B6:C6', 'D6:E6', 'B7:C7', 'D7:E7', 'A9:A10', 'B9:B10'],
};

/**
 * The Chongqing form as published: "指标名称" with no 一级/二级 columns, 共性指标 / 个性指标 as titles
 * merged across the table.
 */
export const chongqingFlatSheet: FixtureSheet = {
  name: '部门整体自评',
  rows: [
    ['2021年度部门整体绩效自评表'],
    ['主管部门', '重庆市某区科学技术协会', _, '财政处室', '科教文处', _, '自评总分', 95.2],
    [
      '部门预算执行情况（万元）',
      '年初预算数',
      '全年（调整）预算数',
      '全年执行数',
      '执行率(%)',
      '执行率权重',
      '执行率得分',
    ],
    [_, 1000, 1200, 1140, 95, 10, 9.5],
    [
      '指标名称',
      '计量单位',
      '指标性质',
      '年初指标值',
      '调整指标值',
      '全年完成值',
      '得分系数(%)',
      '指标权重(分)',
      '指标得分(分)',
      '是否核心指标',
    ],
    ['（一）共性指标'],
    ['预算完成率', '%', '定量', '≥95%', _, '95%', 100, 30, 30, '否'],
    ['"三公经费"控制率', '%', '定量', '≤100%', _, '80%', 100, 20, 20, '否'],
    ['（二）个性指标'],
    ['科普活动场次', '场', '定量', '≥100', '≥120', '126', 100, 30, 30, '是'],
    ['社会公众满意度', _, '定性', '满意', _, '达成年度指标', 90, 10, 9, '是'],
  ],
  merges: ['A1:J1', 'A3:A4', 'A6:J6', 'A9:J9'],
};
