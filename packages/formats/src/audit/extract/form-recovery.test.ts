import { dec } from '@jixiao/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../audit';
import type { AuditDocument } from '../document';
import { readText } from '../read/read-text';
import { CHONGQING_UNIT_FORM, layoutsOf, SICHUAN_PROJECT_FORM } from '../testing/provincial-forms';
import { extract } from './extraction';
import { cellStream, type StreamCell } from './form-cells';
import { columnsOf, recoverForms, splitGluedFigures } from './form-recovery';

// Every fixture here is invented (units, projects and figures); each reproduces one way real forms arrive
// flattened. The arithmetic each test relies on is written out beside it.

const recover = (text: string) => recoverForms(readText(text));
const errors = (text: string) => auditText(text).findings.filter((f) => f.severity === 'error');
const finding = (text: string, code: string) => auditText(text).findings.filter((f) => f.code === code);

describe('the columns of an official form come from its header labels, in the order written', () => {
  it('reads 濉溪-style "一级 二级 三级 分值 年度指标值 全年实际值 得分 原因"', () => {
    expect(
      columnsOf('一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施'),
    ).toEqual(['level1', 'level2', 'name', 'weight', 'target', 'actual', 'score', 'reason']);
  });

  it('puts 指标性质 / 指标值 / 度量单位 under 年度指标值 even when their header line comes last', () => {
    expect(
      columnsOf(
        '绩效指标年度指标值实际完成值分值得分偏差原因分析及改进措施一级指标二级指标三级指标指标性质指标值度量单位',
      ),
    ).toEqual([
      'level1',
      'level2',
      'name',
      'nature',
      'target',
      'unit',
      'actual',
      'weight',
      'score',
      'reason',
    ]);
  });

  it('finds 分值 inside "三级指标分值" once 三级指标 is taken', () => {
    expect(columnsOf('三级指标分值得分')).toEqual(['name', 'weight', 'score']);
  });
});

describe('one cell per line, merged 一级/二级 labels only on the first row of their group', () => {
  // 资金: 72 ÷ 80 = 90%, 10 × 90% = 9 (as written). 产出: 25 + 25 = 50, 效益 30, 满意度 10; 10 + 90 = 100.
  // 养护道路里程: ≥40 公里, 36 done, full marks 25 — in proportion 25 × 36 ÷ 40 = 22.5.
  const text = [
    '项目支出绩效自评表 |',
    '资金情况(万元) |',
    '|',
    '全年预算数(A) |',
    '全年执行数(B) |',
    '分值 |',
    '执行率(B/A) |',
    '得分 |',
    '年度资金总额: |',
    '80 |',
    '72 |',
    '10 |',
    '90% |',
    '9 |',
    '其他资金 |',
    '|',
    '|',
    '年度总体目标 |',
    '|',
    '一级指标 |',
    '二级指标 |',
    '三级指标 |',
    '分值 |',
    '年度指标值 |',
    '全年实际值 |',
    '得分 |',
    '未完成原因及拟采取的改进措施 |',
    '|',
    '产出指标(50分) |',
    '数量指标 |',
    '养护道路里程 |',
    '25 |',
    '>=40公里 |',
    '36公里 |',
    '25 |',
    '|',
    '|',
    '|',
    '|',
    '路面修补面积 |',
    '25 |',
    '>=500平方米 |',
    '520平方米 |',
    '25 |',
    '|',
    '|',
    '效益指标(30分) |',
    '社会效益指标 |',
    '群众出行便利度 |',
    '30 |',
    '显著提升 |',
    '显著提升 |',
    '30 |',
    '|',
    '|',
    '满意度指标(10分) |',
    '服务对象满意度指标 |',
    '沿线群众满意度 |',
    '10 |',
    '>=90% |',
    '95% |',
    '10 |',
    '|',
    '总分 |',
    '99 |',
  ].join('\n');

  it('puts every cell back in its row and column, carrying the merged 一级 label down', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows.map((r) => [r.level1, r.name.text, r.weight.token.value, r.score?.token.value])).toEqual([
      ['产出指标(50分)', '养护道路里程', '25', '25'],
      ['产出指标(50分)', '路面修补面积', '25', '25'],
      ['效益指标(30分)', '群众出行便利度', '30', '30'],
      ['满意度指标(10分)', '沿线群众满意度', '10', '10'],
    ]);
    expect(t?.rows[0]?.target?.text).toBe('>=40公里');
    expect(t?.rows[0]?.actual?.text).toBe('36公里');
    expect(t?.rows.every((r) => r.confidence === undefined)).toBe(true);
  });

  it('keeps each recovered cell’s quote and where it was', () => {
    const [t] = recover(text).indicators;
    const name = t?.rows[1]?.name;
    expect(name?.evidence.quote).toBe('路面修补面积');
    expect(name?.evidence.source.paragraph).toBeGreaterThan(30);
  });

  it('reads the 资金 block and finds its arithmetic right', () => {
    const [f] = recover(text).funds;
    expect([f?.adjustedBudget?.token.value, f?.executed?.token.value, f?.weight?.token.value]).toEqual([
      '80',
      '72',
      '10',
    ]);
    expect(finding(text, 'text.execution-score')).toEqual([]);
  });

  it('reports the one missed target with full marks as an error carrying 25 and 22.5', () => {
    const found = errors(text);
    expect(found.map((f) => f.code)).toEqual(['text.missed-target-full-marks']);
    expect([found[0]?.actual, found[0]?.expected]).toEqual(['25', '22.50']);
  });
});

describe('pipe rows broken across lines, a form that prints no 分值 column', () => {
  // 资金: 150 ÷ 200 = 0.75 (written as a fraction), 20 × 75% = 15. Weights decoded, score × A ÷ B:
  // 22.5 × 400 ÷ 300 = 30; 22 × 90 ÷ 99 = 20; 24 × 50 ÷ 60 = 20; 11 × 90 ÷ 99 = 10 → 30+20+20+10 = 80 = the frame.
  // Total 15 + 22.5 + 22 + 24 + 11 = 94.5 as written.
  const text = [
    '项目支出绩效自评表 |',
    '预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |',
    '年度财政资金总额 | 200 | 150 | 0.75 | 15 | ||',
    '年度绩效目标1 (80分) |',
    '一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |',
    '产出指标 | 数量指标 | 培训农户 (人) |',
    '400 | 300 | 22.5 | |',
    '质量指标 | 培训合格率(%) | 90 | 99 | 22 | ||',
    '效益指标 | 社会效益指标 | 带动增收户数(户) | 50 | 60 | 24 | |',
    '满意度指标 | 服务对象满意度指标 | 满意度(%) | 90 | 99 | 11 | |',
    '总分 | 94.5 | |||||',
  ].join('\n');

  it('joins the row whose figures sit on the next line', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows[0]?.name.text).toBe('培训农户 (人)');
    expect([t?.rows[0]?.target?.text, t?.rows[0]?.actual?.text, t?.rows[0]?.score?.token.value]).toEqual([
      '400',
      '300',
      '22.5',
    ]);
    expect(t?.hasWeights).toBe(false);
    expect(t?.frame?.token.value).toBe('80');
    expect(t?.totalRow?.score?.token.value).toBe('94.5');
  });

  it('decodes the weights that fill the frame and warns, never errs, on scores above them', () => {
    const above = finding(text, 'text.score-above-weight');
    expect(above.map((f) => [f.actual, f.expected, f.severity])).toEqual([
      ['22', '≤ 20', 'warning'],
      ['24', '≤ 20', 'warning'],
      ['11', '≤ 10', 'warning'],
    ]);
    expect(errors(text)).toEqual([]);
  });

  it('reads a rate written as the fraction 0.75 on its own scale, not as 0.75%', () => {
    expect(finding(text, 'text.execution-rate-mismatch')).toEqual([]);
  });

  it('decodes nothing when the decoded weights do not fill the frame', () => {
    const off = text.replace('年度绩效目标1 (80分)', '年度绩效目标1 (70分)');
    expect(finding(off, 'text.score-above-weight')).toEqual([]);
  });
});

describe('space-separated columns with a header split over two lines (河北 权重占比 / 折算得分)', () => {
  // 按时发放率: ≥95%, 100% done, 权重占比 40 → worth 40; the 折算得分 16 = 40 × 40% applies the weight twice.
  const text = [
    '四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分',
    '符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分',
    '产出指标 数量指标 补贴发放人数 >= 120 人 126人 完成 40.00 40.00 40.00',
    '效益指标 社会效益指标 补贴按时发放率 >= 95 %(百分比) 100% 完成 40.00 40.00 16.00',
    '满意度指标 服务对象满意度指标 受助对象满意度 >= 90 %(百分比) 96% 完成 20.00 20.00 20.00',
  ].join('\n');

  it('merges the sign, value and unit cells and takes the 折算得分 as the score', () => {
    const [t] = recover(text).indicators;
    expect(
      t?.rows.map((r) => [
        r.name.text,
        r.target?.text,
        r.actual?.text,
        r.weight.token.value,
        r.score?.token.value,
      ]),
    ).toEqual([
      ['补贴发放人数', '>=120人', '126人', '40.00', '40.00'],
      ['补贴按时发放率', '>=95%', '100%', '40.00', '16.00'],
      ['受助对象满意度', '>=90%', '96%', '20.00', '20.00'],
    ]);
  });

  it('flags the met target that lost points, as a warning (the 分值 column was left blank)', () => {
    const found = finding(text, 'text.met-target-lost-points');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '40.00', '16.00']]);
  });
});

describe('two space-separated rows joined on one line, the figure run into the next row’s label', () => {
  // A PDF's full line taken as wrapping into the next: "… 40.00 16.00效益指标 …". 按时发放率 ≥95%, 100% done,
  // worth 40, 折算得分 16 = 40 × 40% (the weight applied twice); 受助对象满意度 20 of 20.
  const text = [
    '四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分',
    '符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分',
    '产出指标 数量指标 补贴发放人数 >= 120 人 126人 完成 40.00 40.00 40.00效益指标 社会效益指标 补贴按时发放率 >= 95 %(百分比) 100% 完成 40.00 40.00 16.00满意度指标 服务对象满意度指标 受助对象满意度 >= 90 %(百分比) 96% 完成 20.00 20.00 20.00',
  ].join('\n');

  it('ends the row at the figure and reads three rows', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows.map((r) => [r.name.text, r.weight.token.value, r.score?.token.value])).toEqual([
      ['补贴发放人数', '40.00', '40.00'],
      ['补贴按时发放率', '40.00', '16.00'],
      ['受助对象满意度', '20.00', '20.00'],
    ]);
  });

  it('still flags the met target that lost points: 40 expected, 16 given', () => {
    const found = finding(text, 'text.met-target-lost-points');
    expect(found.map((f) => [f.expected, f.actual])).toEqual([['40.00', '16.00']]);
  });
});

describe('a table whose merged 一级/二级 cells are left out of the rows under their first', () => {
  // A Word table converted from a web page: "产出指标" and "数量指标" only on the first row of their group,
  // so the later rows are shorter and their cells stand under the wrong headers. Weights 30 + 30 + 40 = 100.
  const table = (rows: string[][]): AuditDocument => ({
    format: 'docx',
    blocks: [
      { kind: 'paragraph', index: 1, text: '项目支出绩效自评表' },
      { kind: 'table', index: 1, rows },
    ],
  });
  const doc = table([
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['产出指标', '数量指标', '新建围栏长度', '≥300米', '310米', '30', '30', '无'],
    ['数量指标', '新建圈舍面积', '≥500平方米', '520平方米', '30', '30', '无'],
    ['效益指标', '社会效益指标', '带动务工人数', '≥20人', '25人', '40', '40', '无'],
  ]);

  it('reads the rows by the form’s column order, not under the shifted headers', () => {
    const [t] = extract(doc).indicatorTables;
    expect(
      t?.rows.map((r) => [r.name.text, r.target?.text, r.weight.token.value, r.score?.token.value]),
    ).toEqual([
      ['新建围栏长度', '≥300米', '30', '30'],
      ['新建圈舍面积', '≥500平方米', '30', '30'],
      ['带动务工人数', '≥20人', '40', '40'],
    ]);
  });

  it('keeps the table as read when its rows are whole', () => {
    const whole = table([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '新建围栏长度', '≥300米', '310米', '60', '60'],
      ['效益指标', '社会效益指标', '带动务工人数', '≥20人', '25人', '40', '40'],
    ]);
    const [t] = extract(whole).indicatorTables;
    expect(t?.recovered).toBeUndefined();
    expect(t?.rows.map((r) => r.name.text)).toEqual(['新建围栏长度', '带动务工人数']);
  });
});

describe('重庆’s 部门整体 form: no 一级 labels, 计量单位 and 指标性质 before the value', () => {
  // 资金: 494 ÷ 520 = 95%, 10 × 95% = 9.5 (as written). Weights 20 + 20 + 20 + 15 + 15 = 90, + 10 = 100.
  // 公益林管护面积: ≥28 万亩 and 28 done, yet 17.5 of 20 — a met target that lost points.
  const layouts = layoutsOf(CHONGQING_UNIT_FORM);

  for (const [layout, text] of Object.entries(layouts)) {
    it(`reads the five rows and the 资金 row from ${layout}`, () => {
      const { indicators, funds } = recover(text);
      expect(
        indicators[0]?.rows.map((r) => [
          r.name.text,
          r.target?.text,
          r.actual?.text,
          r.weight.token.value,
          r.score?.token.value,
        ]),
      ).toEqual([
        ['造林面积', '≥2', '2.1', '20', '20'],
        ['森林火灾受害率', '≤0.9', '0', '20', '20'],
        ['公益林管护面积', '≥28', '28', '20', '17.5'],
        ['财政供养人员控制率', '≤100', '98', '15', '15'],
        ['“三公经费”变动率', '≤0', '-5', '15', '15'],
      ]);
      expect(indicators[0]?.rows.every((r) => r.confidence === undefined)).toBe(true);
      expect([
        funds[0]?.adjustedBudget?.token.value,
        funds[0]?.executed?.token.value,
        funds[0]?.score?.token.value,
      ]).toEqual(['520', '494', '9.5']);
    });

    it(`reports the met target that lost points, 20 against 17.5, and nothing else as an error (${layout})`, () => {
      expect(errors(text).map((f) => [f.code, f.expected, f.actual])).toEqual([
        ['text.met-target-lost-points', '20', '17.5'],
      ]);
    });
  }

  it('takes the 调整指标值 as the target in force, and reads 得分系数 and 是否核心指标 in their columns', () => {
    // 农技培训人次: 年初 500, adjusted to 600, 520 done → missed the target in force; 30 of 30 is full marks
    // for a missed target (in proportion 30 × 520 ÷ 600 = 26).
    const text = [
      '指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标',
      '预算完成率 | % | 定量 | ≥95 | — | 96 | 100% | 20 | 20 | 否',
      '农技培训人次 | 人次 | 定量 | ≥500 | ≥600 | 520 | 100% | 30 | 30 | 是',
    ].join('\n');
    const [t] = recover(text).indicators;
    expect(
      t?.rows.map((r) => [
        r.name.text,
        r.target?.text,
        r.actual?.text,
        r.rate?.token.value,
        r.score?.token.value,
        r.confidence,
      ]),
    ).toEqual([
      ['预算完成率', '≥95', '96', '100', '20', undefined],
      ['农技培训人次', '≥600', '520', '100', '30', undefined],
    ]);
    expect(finding(text, 'text.missed-target-full-marks').map((f) => [f.expected, f.actual])).toEqual([
      ['26.00', '30'],
    ]);
  });
});

describe('四川’s 预算管理一体化 form: 总额 / 财政资金 / 财政专户管理资金 / 单位资金 rows, 指标性质 and 度量单位', () => {
  // 资金: 180 ÷ 200 = 90%, 10 × 90% = 9 (as written). 受益人口 ≥5000 人, 4000 done, 20 of 20 — in proportion
  // 20 × 4000 ÷ 5000 = 16.
  const layouts = layoutsOf(SICHUAN_PROJECT_FORM);

  for (const [layout, text] of Object.entries(layouts)) {
    it(`reads the 总额 row as the 资金 total and every 其中 row (${layout})`, () => {
      const [f] = recover(text).funds;
      expect([
        f?.adjustedBudget?.token.value,
        f?.executed?.token.value,
        f?.rate?.token.value,
        f?.score?.token.value,
      ]).toEqual(['200', '180', '90', '9']);
      expect(f?.rows?.map((r) => r.label.text)).toEqual(['总额', '财政资金', '财政专户管理资金', '单位资金']);
    });

    it(`finds the missed target with full marks, 20 against 16 (${layout})`, () => {
      expect(errors(text).map((f) => [f.code, f.actual, f.expected])).toEqual([
        ['text.missed-target-full-marks', '20', '16.00'],
      ]);
    });
  }
});

describe('a blank 年初预算数 cell shifts the later values one column left', () => {
  // Read either as (全年 50.5, 执行 48.2, 分值 10) or (年初 50.5, 全年 48.2, 执行 10); only the first fits the
  // printed rate: 48.2 ÷ 50.5 = 95.45%. Then 10 × 95.45% = 9.545 → 9.55, written 9.
  const text = [
    '项目资金 (万元) |',
    '| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '年度资金总额 |',
    '| 50.5 | 48.2 | 10 | 95.45% | 9 |',
    '其中:当年财政拨款 |',
    '| 50.5 | 48.2 | 10 | 95.45% | 9 |',
  ].join('\n');

  it('keeps the reading that fits the form’s own rate and marks it guessed', () => {
    const [f] = recover(text).funds;
    expect(f?.initialBudget).toBeUndefined();
    expect([f?.adjustedBudget?.token.value, f?.executed?.token.value, f?.weight?.token.value]).toEqual([
      '50.5',
      '48.2',
      '10',
    ]);
    expect(f?.confidence).toBe('guessed');
  });

  it('reports the execution score 9 against 9.55 as a warning, not an error, on both rows that state it', () => {
    const found = finding(text, 'text.execution-score');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([
      ['warning', '9', '9.55'],
      ['warning', '9', '9.55'],
    ]);
  });
});

describe('one cell per paragraph with header cells split over lines', () => {
  // 产出指标 (50): 20 + 20 + 15 = 55 ≠ 50. 效益指标 (40): 40 = 40.
  const cells = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度',
    '指标值',
    '实际',
    '完成值',
    '分值',
    '得分',
    '偏差原因',
    '分析及',
    '改进措施',
    '产出指标',
    '(50)',
    '数量',
    '指标',
    '新建蓄水池',
    '12座',
    '12座',
    '20',
    '20',
    '铺设管网',
    '8公里',
    '8公里',
    '20',
    '20',
    '时效指标',
    '完工时间',
    '2025年10月',
    '2025年9月',
    '15',
    '15',
    '效益指标',
    '(40)',
    '社会效益指标',
    '受益人口',
    '≥3000人',
    '3200人',
    '40',
    '40',
  ];
  const text = cells.join('\n\n');

  it('rebuilds the rows and reads the frame written under the 一级 label', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows.map((r) => [r.level1, r.name.text, r.weight.token.value])).toEqual([
      ['产出指标(50)', '新建蓄水池', '20'],
      ['产出指标(50)', '铺设管网', '20'],
      ['产出指标(50)', '完工时间', '15'],
      ['效益指标(40)', '受益人口', '40'],
    ]);
  });

  it('reports the block whose weights do not add up to its frame', () => {
    const found = finding(text, 'text.block-frame');
    expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '50', '55']]);
  });
});

describe('the 资金 block against its own parts', () => {
  it('finds 其中 rows that do not add up to the total: 年初 80 + 15 + 10 = 105 ≠ 100 (全年 and 执行 agree)', () => {
    const text = [
      '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| 年度资金总额 | 100 | 100 | 98 | 10 | 98% | 9.8 |',
      '| 其中:当年财政拨款 | 80 | 80 | 78 | — | — | — |',
      '| 上年结转资金 | 15 | 10 | 10 | — | — | — |',
      '| 其他资金 | 10 | 10 | 10 | — | — | — |',
    ].join('\n');
    const found = finding(text, 'text.funds-parts');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '100', '105']]);
  });

  it('warns when more was spent than the full-year budget with no carry-over: 212 > 200', () => {
    const text = [
      '| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| 年度资金总额 | 200 | 200 | 212 | 10 | 106% | 10 |',
      '| 其中:当年财政拨款 | 200 | 200 | 212 | — | 106% | — |',
      '| 上年结转资金 | — | — |',
      '| 其他资金 | — | — |',
    ].join('\n');
    const found = finding(text, 'text.executed-above-budget');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([['warning', '212', '200']]);
  });

  it('scores a 其中 row by the printed rule: 基本支出 10 × 450 ÷ 500 = 9, written 10', () => {
    const text = [
      '资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |',
      '年度资金总额: | 600 | 620 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 |',
      '基本支出 | 500 | 450 |',
      '10 | 10 |',
      '项目支出 | 100 | 170 | 10 | 10 |',
    ].join('\n');
    const found = finding(text, 'text.execution-score');
    expect(found.map((f) => [f.actual, f.expected])).toEqual([['10', '9.00']]);
    expect(found[0]?.message.zh).toContain('基本支出');
  });

  it('checks 按收入性质分 against 按支出性质分: 3000 by income, 1200 + 1500 = 2700 by spending', () => {
    const text = [
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '自评得分',
      '年度资金总额',
      '2800',
      '3000',
      '3000',
      '10',
      '100%',
      '10',
      '按收入性质分:3000',
      '按支出性质分:2700',
      '其中: 一般公共预算:2000',
      '其中:基本支出:1200',
      '政府性基金拨款:400',
      '项目支出:1500',
      '其他资金:600',
      '年度总体目标',
    ].join('\n\n');
    const found = finding(text, 'text.funds-by-nature');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([['error', '3000', '2700']]);
  });
});

describe('totals and parts written one per line', () => {
  // 特别扶助: 90 + 70 + 12.5 = 172.5 ≠ 171.5. 市级 column: 110 + 70 = 180 ≠ 179.
  const text = [
    '专项资金合计(万元) 年度预算资金总额): 571.50',
    '其中:中央补助 350.00',
    '市级资金 179.00',
    '本级资金(包括结转结余) 42.50',
    '一般补助资金(万元)',
    '年度预算资金总额: 400.00',
    '其中:中央补助 260.00',
    '市级资金 110.00',
    '本级资金(包括结转结余) 30.00',
    '特别扶助资金(万元)',
    '年度预算资金总额: 171.50',
    '其中:中央补助 90.00',
    '市级资金 70.00',
    '本级资金(包括结转结余) 12.50',
  ].join('\n');

  it('finds the block that does not add up and the 合计 column that does not match the blocks', () => {
    const found = finding(text, 'text.breakdown-sum');
    expect(found.map((f) => [f.actual, f.expected]).sort()).toEqual([
      ['171.50', '172.5'],
      ['179.00', '180'],
    ]);
  });
});

describe('a form left blank', () => {
  it('is reported as incomplete, not as clean', () => {
    const text = [
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 实际完成值 | 得分 |',
      '| 产出指标 | 数量指标 | 培训人次 | 40 | ≥200人次 | | |',
      '| 效益指标 | 社会效益指标 | 就业率 | 50 | ≥80% | | |',
      '| 满意度指标 | 服务对象满意度指标 | 学员满意度 | 10 | ≥90% | | |',
    ].join('\n');
    const found = finding(text, 'text.form-incomplete');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('the layout does not change the reading (property)', () => {
  const name = fc
    .array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸'), { minLength: 2, maxLength: 4 })
    .map((cs) => `${cs.join('')}任务完成数`);
  const row = fc.record({
    name,
    weight: fc.integer({ min: 1, max: 30 }),
    target: fc.integer({ min: 1, max: 900 }),
    extra: fc.integer({ min: 0, max: 50 }),
  });
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ];

  it('reads the same rows from pipe rows and from one cell per line, and finds no error in a clean form', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 6, selector: (r) => r.name }), (rows) => {
        // Every target met (actual = target + extra), every score the full weight: nothing to report.
        const body = rows.map((r, i) => [
          ...(i === 0 ? ['产出指标', '数量指标'] : []),
          r.name,
          `≥${r.target}个`,
          `${r.target + r.extra}个`,
          String(r.weight),
          String(r.weight),
        ]);
        const pipe = [`| ${header.join(' | ')} |`, ...body.map((cells) => `${cells.join(' | ')} |`)].join(
          '\n',
        );
        const perLine = [...header, ...body.flat()].map((c) => `${c} |`).join('\n');
        const read = (text: string) =>
          extract(readText(text)).indicatorTables[0]?.rows.map((r) => [
            r.name.text,
            r.weight.token.value,
            r.score?.token.value,
            r.target?.text,
            r.actual?.text,
          ]);
        const expected = rows.map((r) => [
          r.name,
          String(r.weight),
          String(r.weight),
          `≥${r.target}个`,
          `${r.target + r.extra}个`,
        ]);
        expect(read(pipe)).toEqual(expected);
        expect(read(perLine)).toEqual(expected);
        expect(errors(perLine)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a consistent form flattened any way draws no error (property)', () => {
  const name = fc
    .array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸子丑寅卯'), { minLength: 2, maxLength: 5 })
    .map((cs) => `${cs.join('')}项目`);
  const quantitative = fc.record({
    kind: fc.constant('q' as const),
    name,
    weight: fc.integer({ min: 1, max: 30 }),
    target: fc.integer({ min: 1, max: 5000 }),
    extra: fc.integer({ min: 0, max: 200 }),
    unit: fc.constantFrom('个', '人', '公里', '%'),
  });
  const qualitative = fc.record({
    kind: fc.constant('t' as const),
    name,
    weight: fc.integer({ min: 1, max: 30 }),
    text: fc.constantFrom('显著提升', '有效改善', '按期完成'),
  });
  const form = fc.record({
    rows: fc.uniqueArray(fc.oneof(quantitative, qualitative), {
      minLength: 2,
      maxLength: 7,
      selector: (r) => r.name,
    }),
    budget: fc.integer({ min: 100, max: 99_999 }),
    spentShare: fc.integer({ min: 50, max: 100 }),
    blankInitial: fc.boolean(),
    breaks: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 7, maxLength: 7 }),
    perLine: fc.boolean(),
    // The form labels no 分值/得分 column and prints only each row's score.
    unlabelled: fc.boolean(),
  });

  it('whatever the layout, the audit finds nothing wrong in a form whose figures all agree', () => {
    fc.assert(
      fc.property(form, (f) => {
        // 执行 = budget × share% exactly (budget in 元 with two places), score 10 × share% to two places.
        const spent = dec(f.budget).times(f.spentShare).dividedBy(100).toFixed(2);
        const rate = `${dec(f.spentShare).toFixed(2)}%`;
        const score = dec(10).times(f.spentShare).dividedBy(100).toFixed(2);
        const funds = [
          ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          [
            '年度资金总额',
            ...(f.blankInitial ? [''] : [String(f.budget)]),
            String(f.budget),
            spent,
            '10',
            rate,
            score,
          ],
        ];
        const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'];
        if (!f.unlabelled) header.push('分值', '得分');
        const body = f.rows.map((r, i) => {
          const lead = i === 0 ? ['产出指标', '数量指标'] : [];
          const points = f.unlabelled ? [String(r.weight)] : [String(r.weight), String(r.weight)];
          return r.kind === 'q'
            ? [...lead, r.name, `≥${r.target}${r.unit}`, `${r.target + r.extra}${r.unit}`, ...points]
            : [...lead, r.name, r.text, r.text, ...points];
        });
        const rows = [...funds, ['年度总体目标'], header, ...body];
        const text = f.perLine
          ? rows
              .flat()
              .map((c) => `${c} |`)
              .join('\n')
          : rows
              .map((cells, i) => {
                // Break some rows in two at a random cell.
                const at = f.breaks[i % f.breaks.length] ?? 0;
                return at < cells.length && i % 2 === 1
                  ? `${cells.slice(0, at).join(' | ')} |\n${cells.slice(at).join(' | ')} |`
                  : `${cells.join(' | ')} |`;
              })
              .join('\n');
        const x = extract(readText(text));
        expect(x.indicatorTables[0]?.rows.map((r) => r.name.text)).toEqual(f.rows.map((r) => r.name));
        expect(x.fundsTables[0]?.executed?.token.value).toBe(spent);
        expect(errors(text).map((e) => `${e.code}: ${e.message.zh}`)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('a met target that lost points is found whatever the layout (property)', () => {
  const name = fc
    .array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸'), { minLength: 2, maxLength: 4 })
    .map((cs) => `${cs.join('')}工程`);
  const row = fc.record({
    name,
    weight: fc.integer({ min: 2, max: 30 }),
    target: fc.integer({ min: 1, max: 900 }),
  });
  it('reports the row scored weight − 1 although its actual equals its target', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { minLength: 2, maxLength: 6, selector: (r) => r.name }),
        fc.nat(),
        fc.constantFrom('pipe', 'perLine', 'perParagraph'),
        (rows, pick, layout) => {
          const bad = pick % rows.length;
          const header = [
            '一级指标',
            '二级指标',
            '三级指标',
            '分值',
            '年度指标值',
            '实际完成值',
            '得分',
            '偏差原因分析及改进措施',
          ];
          const body = rows.map((r, i) => [
            ...(i === 0 ? ['产出指标', '数量指标'] : []),
            r.name,
            String(r.weight),
            `≥${r.target}个`,
            `${r.target}个`,
            String(i === bad ? r.weight - 1 : r.weight),
          ]);
          const cells = [header, ...body];
          const text =
            layout === 'pipe'
              ? cells.map((c) => `${c.join(' | ')} |`).join('\n')
              : layout === 'perLine'
                ? cells
                    .flat()
                    .map((c) => `${c} |`)
                    .join('\n')
                : cells.flat().join('\n\n');
          const found = finding(text, 'text.met-target-lost-points');
          const target = rows[bad];
          expect(found.map((f) => [f.expected, f.actual])).toEqual([
            [String(target?.weight), String((target?.weight ?? 0) - 1)],
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('cells run together with no separator', () => {
  // 资金: 10 ÷ 12.5 = 80%, 20 × 80% = 16, written 18. The cells were cut apart by the form's labels and
  // the figures' units, so the reading is a guess: a warning, not an error.
  const text =
    '项目类别1、上级专项 预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额12.5万10万80%18年度绩效指标一级指标二级指标';

  it('cuts the 资金 row apart by the labels and the figures’ units', () => {
    const [f] = recover(text).funds;
    expect([
      f?.adjustedBudget?.token.value,
      f?.executed?.token.value,
      f?.rate?.token.value,
      f?.score?.token.value,
    ]).toEqual(['12.5', '10', '80', '18']);
    expect(f?.weight?.token.value).toBe('20');
    expect(f?.confidence).toBe('guessed');
  });

  it('reports 18 against 20 × 80% = 16 as a warning', () => {
    const found = finding(text, 'text.execution-score');
    expect(found.map((f) => [f.severity, f.actual, f.expected])).toEqual([['warning', '18', '16.00']]);
  });
});

describe('a form that names 指标值 and 完成值 but prints no 分值 or 得分 column', () => {
  // Invented 区域绩效目标自评表 written one cell per paragraph: the lone block weight 50 sits under the header,
  // and the only figure after each row's values is its score (4, 6, 5 → 15 of the block's visible points).
  const text = [
    '农机补助资金区域绩效目标自评表',
    '年度绩效指标完成情况',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成指标值',
    '50',
    '产出指标',
    '数量指标',
    '指标1:补贴机具台数',
    '120台',
    '96台',
    '4',
    '指标2:补贴资金兑付率',
    '100%',
    '100%',
    '6',
    '时效指标',
    '指标1:补贴兑付完成时间',
    '2024年12月31日',
    '2024年12月31日',
    '5',
  ].join('\n\n');

  it('reads the figure after each row’s values as its score, as a guess', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows.map((r) => [r.name.text, r.target?.text, r.actual?.text, r.score?.token.value])).toEqual([
      ['指标1:补贴机具台数', '120台', '96台', '4'],
      ['指标2:补贴资金兑付率', '100%', '100%', '6'],
      ['指标1:补贴兑付完成时间', '2024年12月31日', '2024年12月31日', '5'],
    ]);
    expect(t?.rows.every((r) => r.confidence === 'guessed' && r.weightMissing)).toBe(true);
    expect(t?.hasWeights).toBe(false);
  });

  it('never reports an error from the unlabelled column', () => {
    expect(errors(text)).toEqual([]);
  });

  it('still wants the 得分 label when the form names no 完成值 either', () => {
    const noActual = text.replace('实际完成指标值', '备注');
    expect(recover(noActual).indicators).toEqual([]);
  });
});

describe('a 序号-numbered 部门整体 framework whose 一级 and 二级 labels carry their points', () => {
  // Invented framework, pipe rows, a row's score broken onto the next line. 决策 (10分): 4 + 6 = 10;
  // 二级 目标设定 (4分) = 4, 资金投入 (6分) = 6. The excerpt stops inside 过程 (30分), whose row has no score yet.
  const text = [
    '部门整体支出绩效评价自评表',
    '序号 | 一级 指标 |',
    '二级 指标 |',
    '三级 指标 |',
    '指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |',
    '1 | 决策 (10分) |',
    '目标设定 (4分) | 绩效目标 合理性 | 4 | 目标是否依据充分、符合实际。 | 依据充分(2分); 符合实际(2分)。 |',
    '4 |',
    '2 | 资金投入 (6分) | 预算编制 科学性 | 6 | 预算编制是否经过论证。 | 经过论证(6分) | 5 | |',
    '3 | 过程 (30分) |',
    '资金管理 (12分) | 预算执行率 | 5 | 预算执行数与预算数的比率。 |',
  ].join('\n');

  it('reads each numbered row under its labels, its score from the next line where it was broken', () => {
    const [t] = recover(text).indicators;
    expect(t?.rows.map((r) => [r.level1, r.name.text, r.weight.token.value, r.score?.token.value])).toEqual([
      ['决策 (10分)', '绩效目标 合理性', '4', '4'],
      ['决策 (10分)', '预算编制 科学性', '6', '5'],
      ['过程 (30分)', '预算执行率', '5', undefined],
    ]);
  });

  it('does not hold the cut-off weights (4 + 6 + 5 = 15) against a 100-point total, nor report any error', () => {
    expect(finding(text, 'text.weights-total')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

describe('an indicator table whose cells run together with no separator (OCR of a printed form)', () => {
  // Invented 项目支出 form with no 分值 column, every label and figure glued to the next. The targets and
  // actual values that agree are the same words twice ("不超过工期不超过工期"); the scores are 20 + 20 + 20
  // + 20 + 10 = 90 (the 资金 block's 10 makes 100).
  const text = [
    '2022年度财政项目绩效自评表',
    '年度绩效指标一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标数量指标修缮校舍面积1200平方米1200平方米20质量指标验收合格率100%100%20时效指标完工时间不超过工期不超过工期20效益指标社会效益指标受益学生人数3000人3000人20满意度指标服务对象满意度指标家长满意度90%95%10',
  ].join('\n');

  it('cuts the cells apart by the header and level labels and the figures’ units', () => {
    const [t] = recover(text).indicators;
    expect(
      t?.rows.map((r) => [r.level1, r.name.text, r.target?.text, r.actual?.text, r.score?.token.value]),
    ).toEqual([
      ['产出指标', '修缮校舍面积', '1200平方米', '1200平方米', '20'],
      ['产出指标', '验收合格率', '100%', '100%', '20'],
      ['产出指标', '完工时间', '不超过工期', '不超过工期', '20'],
      ['效益指标', '受益学生人数', '3000人', '3000人', '20'],
      ['满意度指标', '家长满意度', '90%', '95%', '10'],
    ]);
    expect(t?.rows.every((r) => r.confidence === 'guessed')).toBe(true);
  });

  it('reports no error from a reading whose cell boundaries were guessed', () => {
    expect(errors(text)).toEqual([]);
  });

  it('leaves a line whose labels are apart alone: two glued header labels are not a run-together table', () => {
    const spaced =
      '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 校舍修缮 完成 完成 20 20';
    const [t] = recover(spaced).indicators;
    expect(
      t?.rows.map((r) => [r.name.text, r.weight.token.value, r.score?.token.value, r.confidence]),
    ).toEqual([['校舍修缮', '20', '20', undefined]]);
  });
});

describe('重庆’s 部门整体 form run together, each row’s figures one run of digits', () => {
  // Invented rows under 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重 | 全年完成值 | 指标得分. The digits of
  // the four figure columns are glued; the reading that fits the form is the one where the weight is at most
  // 100, the score at most the weight and the actual value near the target:
  //   1202012020 → 120 | 20 | 120 | 20;  352038.520 → 35 | 20 | 38.5 | 20;  90159515 → 90 | 15 | 95 | 15;
  //   0.510010 → 0.5 | 10 | 0 | 10 (a ceiling whose ≤ was lost: read as "missed with full marks", so the
  //   row must not be reported on).
  const text =
    '某区某局2023年度部门整体绩效自评表 绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明道路养护里程公里1202012020绿化覆盖率%352038.520群众满意度%90159515林地火灾受害率%0.510010';

  it('cuts each run into target, weight, actual and score', () => {
    const [t] = recover(text).indicators;
    expect(
      t?.rows.map((r) => [
        r.name.text,
        r.target?.text,
        r.weight.token.value,
        r.actual?.text,
        r.score?.token.value,
      ]),
    ).toEqual([
      ['道路养护里程', '120', '20', '120', '20'],
      ['绿化覆盖率', '35', '20', '38.5', '20'],
      ['群众满意度', '90', '15', '95', '15'],
      ['林地火灾受害率', '0.5', '10', '0', '10'],
    ]);
    expect(t?.rows.every((r) => r.figuresCut && r.confidence === 'guessed')).toBe(true);
  });

  it('reports nothing about a row whose figures are one reading among several', () => {
    expect(auditText(text).findings.filter((f) => f.code.startsWith('text.missed'))).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

describe('figures glued together are cut at the reading that fits the columns (table)', () => {
  const kinds = ['name', 'target', 'weight', 'actual', 'score'] as const;
  const cell = (text: string): StreamCell => ({
    text,
    evidence: { quote: text, source: { paragraph: 1 } },
    lineEnd: false,
    runTogether: true,
  });
  const cut = (run: string) =>
    splitGluedFigures([cell('名称'), cell(run), cell('下一名称')], kinds)
      .map((c) => c.text)
      .slice(1, -1);
  it.each([
    // run, target | weight | actual | score (why this reading)
    ['1001010010', ['100', '10', '100', '10']], // 1001 | 0 … has a zero weight; 100 | 10 | 1 | 0010 a leading zero
    ['95109810', ['95', '10', '98', '10']], // 951 | 0 … zero weight; 9 | 5 | 10 | 9810 score above weight
    ['500020520018', ['5000', '20', '5200', '18']], // 5000 | 20 | 52001 | 8: 52001 is ten times the target
  ])('%s → %j', (run, expected) => {
    expect(cut(run)).toEqual(expected);
  });
});

describe('a sheet’s text layer: header labels among other cells, each row’s figures joined to the next row’s name', () => {
  // Invented 项目支出 form flattened from an .xlsx, cells between spaces; the normaliser joins "5 指标2" into
  // "5指标2", so the rows are cut again at their figures. The header's labels are out of order (年度 | 实际 |
  // 指标值 | 完成值 | 二级指标 | 三级指标 | 分值 | 得分): the official order puts them back.
  // 指标3: 190 of 200 with full marks 5 — in proportion 5 × 190 ÷ 200 = 4.75. 指标4: 5 × 97 ÷ 100 = 4.85,
  // written 4.5 — a deduction rule some regions use, not worth a word on a guessed reading.
  const text = [
    '某县项目支出绩效自评表 (2022年度) 项目名称 乡村卫生服务 主管部门 某县卫生健康局',
    '年度 总体 目标 一级 指标 年度 实际 指标值 完成值 二级指标 三级指标 分值 得分 指标1:入户随访人数 500人 480人 5 5 指标2:健康讲座次数 12次 12次 5 5 指标3:孕产妇7天访视数 200人 190人 5 5 指标4:疫苗接种率 100% 97% 5 4.5',
  ].join('\n');

  it('reads every row in the official column order, as guesses', () => {
    const [t] = recover(text).indicators;
    expect(
      t?.rows.map((r) => [
        r.name.text,
        r.target?.text,
        r.actual?.text,
        r.weight.token.value,
        r.score?.token.value,
      ]),
    ).toEqual([
      ['指标1:入户随访人数', '500人', '480人', '5', '5'],
      ['指标2:健康讲座次数', '12次', '12次', '5', '5'],
      ['指标3:孕产妇7天访视数', '200人', '190人', '5', '5'],
      ['指标4:疫苗接种率', '100%', '97%', '5', '4.5'],
    ]);
    expect(t?.rows.every((r) => r.confidence === 'guessed')).toBe(true);
  });

  it('warns on the missed targets with full marks (5 × 480 ÷ 500 = 4.80, 5 × 190 ÷ 200 = 4.75), never errs', () => {
    expect(
      finding(text, 'text.missed-target-full-marks').map((f) => [f.severity, f.actual, f.expected]),
    ).toEqual([
      ['warning', '5', '4.80'],
      ['warning', '5', '4.75'],
    ]);
    expect(finding(text, 'text.missed-target-score')).toEqual([]);
    expect(errors(text)).toEqual([]);
  });
});

describe('a form run together with no separator draws no error, however its figures read (property)', () => {
  const name = fc
    .array(fc.constantFrom(...'甲乙丙丁戊己庚辛壬癸子丑寅卯'), { minLength: 2, maxLength: 5 })
    .map((cs) => `${cs.join('')}面积`);
  const row = fc.record({
    name,
    unit: fc.constantFrom('万亩', '%', '个'),
    target: fc.integer({ min: 0, max: 5000 }),
    actual: fc.integer({ min: 0, max: 5000 }),
    weight: fc.integer({ min: 1, max: 30 }),
    lost: fc.integer({ min: 0, max: 30 }),
  });
  it('reads the table as guesses and reports no error from it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 2, maxLength: 6, selector: (r) => r.name }), (rows) => {
        // Every figure glued to the next: target, weight, actual, score (the score may be anything up to the weight).
        const body = rows
          .map((r) => `${r.name}${r.unit}${r.target}${r.weight}${r.actual}${Math.max(0, r.weight - r.lost)}`)
          .join('');
        const text = `某区某局部门整体绩效自评表 绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明${body}`;
        const tables = recover(text).indicators;
        expect(tables.flatMap((t) => t.rows).every((r) => r.confidence === 'guessed')).toBe(true);
        expect(errors(text).map((e) => `${e.code}: ${e.message.zh}`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a space-separated line cut again at figures the normaliser joined (table)', () => {
  const cells = (line: string) => cellStream(readText(line)).map((c) => c.text);
  it.each([
    // line, cells
    [
      '序号 名称 分值(10分) 得分率 指标1:某某数 12人 12人 2',
      ['序号', '名称', '分值(10分)', '得分率', '指标1:某某数', '12人', '12人', '2'],
    ],
    [
      '甲 乙 丙 丁 戊 1.8指标24:某某报告数 8例 8例 2',
      ['甲', '乙', '丙', '丁', '戊', '1.8', '指标24:某某报告数', '8例', '8例', '2'],
    ],
    [
      '甲 乙 丙 指标12:孕产妇7天访视数 214人 203人',
      ['甲', '乙', '丙', '指标12:孕产妇7天访视数', '214人', '203人'],
    ],
  ])('%s', (line, expected) => {
    expect(cells(line)).toEqual(expected);
  });
});
