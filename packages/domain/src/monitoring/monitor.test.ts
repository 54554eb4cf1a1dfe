import { describe, expect, it } from 'vitest';
import type { MonitoringReportInput } from '../model/monitoring';
import { monitorReport } from './monitor';
import { indicator, MOF, report, SECOND } from './test-support';

const count = (value: string) =>
  indicator({ target: { comparator: '>=', value: '120', unit: '个' }, progress: { value } });

describe('monitorReport: the funds figures', () => {
  it('gives 时序进度 58.33%, 执行进度 30.00% and a gap of 28.33 points for 30 of 100 by July', () => {
    // 7 ÷ 12 = 0.58333… → 58.33%; 30 ÷ 100 = 30.00%; 58.33 − 30.00 = 28.33 points.
    const r = monitorReport(report(), MOF);
    expect(r.throughMonth).toBe(7);
    expect(r.timeProgress).toMatchObject({ value: '58.33', text: '58.33%' });
    expect(r.timeProgress.explanation.zh).toBe('时序进度 = 7 ÷ 12 = 58.33%');
    expect(r.funds.executionProgress?.text).toBe('30.00%');
    expect(r.funds.executionProgress?.explanation.zh).toBe('执行进度 = 执行数 30 ÷ 预算数 100 = 30.00%');
    expect(r.funds.gap?.text).toBe('28.33');
    expect(r.funds.gap?.explanation.zh).toBe('进度差 = 时序进度 58.33% − 执行进度 30.00% = 28.33 个百分点');
    // Funds light: 30 ÷ (100 ÷ 12 × 7) = 3600 ÷ 70 = 51.428… → 51.43% < 60% → red.
    expect(r.funds.light).toBe('red');
    expect(r.funds.explanation.zh).toContain('30 ÷ (100 ÷ 12 × 7) = 51.43%，51.43% < 60% → 红灯');
  });

  it('uses the second rule set’s period 1–6月: 50.00%, a gap of 20.00 and a yellow funds light', () => {
    // 6 ÷ 12 = 50.00%; 50.00 − 30.00 = 20.00; 30 ÷ (100 ÷ 12 × 6) = 30 ÷ 50 = 60.00%: 50% ≤ 60.00% < 75% → yellow.
    const r = monitorReport(report(), SECOND);
    expect(r.timeProgress.text).toBe('50.00%');
    expect(r.funds.gap?.text).toBe('20.00');
    expect(r.funds.light).toBe('yellow');
  });

  it('gives 全年预计执行率 from the expected annual amount', () => {
    // 95 ÷ 100 = 95.00%.
    const r = monitorReport(
      report({ funds: { total: { budget: '100', executed: '30', expectedAnnual: '95' } } }),
      MOF,
    );
    expect(r.funds.expectedAnnualRate?.text).toBe('95.00%');
  });

  it('takes the period from the options over the report and the rule set', () => {
    // 9 ÷ 12 = 75.00%.
    const r = monitorReport(report({ throughMonth: 8 }), MOF, { throughMonth: 9 });
    expect(r.timeProgress.text).toBe('75.00%');
    expect(monitorReport(report({ throughMonth: 8 }), MOF).timeProgress.text).toBe('66.67%');
  });

  it('computes no execution progress without a budget, and says why', () => {
    const r = monitorReport(report({ funds: { total: { executed: '30' } } }), MOF);
    expect(r.funds.executionProgress).toBeUndefined();
    expect(r.funds.light).toBe('none');
    expect(r.funds.explanation.zh).toContain('未填报预算数');
  });
});

describe('monitorReport: lights of a ≥120个 indicator by July under mof-2020 (60/80/120)', () => {
  // Target to date = 120 ÷ 12 × 7 = 70; progress = actual ÷ 70.
  it.each([
    ['41.993', '59.99', 'red'], // 41.993 ÷ 70 = 0.5999
    ['42', '60.00', 'yellow'], // 42 ÷ 70 = 0.6 exactly
    ['55.993', '79.99', 'yellow'], // 55.993 ÷ 70 = 0.7999
    ['56', '80.00', 'green'], // 56 ÷ 70 = 0.8
    ['83.993', '119.99', 'green'], // 83.993 ÷ 70 = 1.1999
    ['84', '120.00', 'blue'], // 84 ÷ 70 = 1.2
    ['0', '0.00', 'red'],
  ])('%s done → %s%% → %s', (actual, percent, light) => {
    const row = monitorReport(report({ indicators: [count(actual)] }), MOF).indicators[0];
    expect(row?.progressPercent?.value).toBe(percent);
    expect(row?.light).toBe(light);
    expect(row?.prorated).toBe(true);
  });

  it('explains 42 of ≥120个 as 42 ÷ (120 ÷ 12 × 7) = 60.00%, a yellow light', () => {
    const row = monitorReport(report({ indicators: [count('42')] }), MOF).indicators[0];
    expect(row?.explanation.zh).toBe('42 ÷ (120 ÷ 12 × 7) = 60.00%，60% ≤ 60.00% < 80% → 黄灯');
    expect(row?.explanation.en).toBe('42 ÷ (120 ÷ 12 × 7) = 60.00%, 60% ≤ 60.00% < 80% → yellow');
  });

  it('decides on the percent as printed: 59.995% prints 60.00% and is yellow', () => {
    // 41.9965 ÷ 70 = 0.59995 → 59.995% → half up at 2 places → 60.00%.
    const row = monitorReport(report({ indicators: [count('41.9965')] }), MOF).indicators[0];
    expect(row?.progressPercent?.text).toBe('60.00%');
    expect(row?.light).toBe('yellow');
  });
});

describe('monitorReport: lights of a ≥120个 indicator by June under the second rule set (50/75/110)', () => {
  // Target to date = 120 ÷ 12 × 6 = 60; progress = actual ÷ 60.
  it.each([
    ['29.994', '49.99', 'red'], // 29.994 ÷ 60 = 0.4999
    ['30', '50.00', 'yellow'],
    ['44.994', '74.99', 'yellow'], // 44.994 ÷ 60 = 0.7499
    ['45', '75.00', 'green'],
    ['65.994', '109.99', 'green'], // 65.994 ÷ 60 = 1.0999
    ['66', '110.00', 'blue'],
  ])('%s done → %s%% → %s', (actual, percent, light) => {
    const row = monitorReport(report({ indicators: [count(actual)] }), SECOND).indicators[0];
    expect(row?.progressPercent?.value).toBe(percent);
    expect(row?.light).toBe(light);
  });
});

describe('monitorReport: indicators that are not prorated, reverse, "=", qualitative and unreported', () => {
  const one = (row: MonitoringReportInput['indicators'], ruleSet = MOF) =>
    monitorReport(report({ indicators: row }), ruleSet).indicators[0];

  it('compares a percent target with the value directly: 57% of ≥95% is 60.00%, yellow (not 102.86%)', () => {
    // 57 ÷ 95 = 0.6 → 60.00%; prorated it would be 57 ÷ (95 ÷ 12 × 7) = 102.86%.
    const row = one([
      indicator({
        level2: '质量指标',
        target: { comparator: '>=', value: '95', unit: '%' },
        progress: { value: '57' },
      }),
    ]);
    expect(row).toMatchObject({ prorated: false, light: 'yellow', progressPercent: { text: '60.00%' } });
    expect(row?.explanation.zh).toBe(
      '57 ÷ 95 = 60.00%，60% ≤ 60.00% < 80% → 黄灯（百分比、时效类指标不按月份折算）',
    );
  });

  it('does not prorate a time limit: ≤3天 with 3 is green, 3.5 red', () => {
    const limit = (value: string) =>
      indicator({
        level2: '时效指标',
        name: '办结时限',
        target: { comparator: '<=', value: '3', unit: '天' },
        progress: { value },
      });
    expect(one([limit('3')])).toMatchObject({ prorated: false, light: 'green' });
    expect(one([limit('3.5')])?.light).toBe('red');
  });

  it('holds a cost ceiling to its share to date: ≤90万元 by July allows 52.5', () => {
    // 90 ÷ 12 × 7 = 52.5: 52.5 → green, 52.51 → red.
    const cost = (value: string) =>
      indicator({
        level1: '成本指标',
        level2: '经济成本指标',
        name: '培训成本',
        target: { comparator: '<=', value: '90', unit: '万元' },
        progress: { value },
      });
    const within = one([cost('52.5')]);
    expect(within?.light).toBe('green');
    expect(within?.explanation.zh).toBe('反向指标：52.5万元 ≤ 截至本期指标值 90 ÷ 12 × 7 = 52.5万元 → 绿灯');
    expect(one([cost('52.51')])?.light).toBe('red');
  });

  it('scores "=" as ≥ under mof-2020 and as exact under the second rule set', () => {
    // mof: 70 ÷ (100 ÷ 12 × 7) = 70 ÷ 58.33… = 1.2 → 120.00% → blue.
    // second (exactOnly, 1–6月): target to date 100 ÷ 12 × 6 = 50; 50 → green, 70 → red.
    const eq = (value: string) =>
      indicator({ target: { comparator: '=', value: '100', unit: '个' }, progress: { value } });
    expect(one([eq('70')])).toMatchObject({ light: 'blue', progressPercent: { text: '120.00%' } });
    expect(one([eq('50')], SECOND)?.light).toBe('green');
    expect(one([eq('70')], SECOND)?.light).toBe('red');
  });

  it.each([
    ['met', 'green'],
    ['partlyMet', 'yellow'],
    ['notMet', 'red'],
  ] as const)('gives a qualitative indicator at tier %s a %s light', (tier, light) => {
    const row = one([
      indicator({
        level1: '效益指标',
        level2: '社会效益指标',
        name: '科普覆盖',
        target: { comparator: 'qualitative', text: '明显提升' },
        progress: { tier },
      }),
    ]);
    expect(row?.light).toBe(light);
  });

  it('reads the tier from the text when none is chosen: 部分完成 → yellow', () => {
    const row = one([
      indicator({ target: { comparator: 'qualitative', text: '明显提升' }, progress: { text: '部分完成' } }),
    ]);
    expect(row?.light).toBe('yellow');
  });

  it('reads the target from its text alone: "≥120个" with 42 done is 60.00%', () => {
    const row = one([indicator({ target: { text: '≥120个' }, progress: { value: '42' } })]);
    expect(row?.progressPercent?.text).toBe('60.00%');
  });

  it('gives no light to an indicator with nothing reported, and says 未填报', () => {
    const row = one([indicator({ target: { comparator: '>=', value: '120', unit: '个' } })]);
    expect(row?.light).toBe('none');
    expect(row?.explanation.zh).toBe('未填报');
  });
});

describe('monitorReport: project light, triggers and 重点监控', () => {
  it('takes the worst indicator light as the project light, ignoring the unreported', () => {
    const r = monitorReport(
      report({
        indicators: [count('84'), count('42'), indicator({ target: { comparator: '>=', value: '1' } })],
      }),
      MOF,
    );
    expect(r.light).toBe('yellow');
    expect(r.lightExplanation.zh).toBe('2 项指标中最差为黄灯');
  });

  it('puts a project with nothing executed on the focus list', () => {
    const r = monitorReport(report({ funds: { total: { budget: '100', executed: '0' } } }), MOF);
    expect(r.focus).toBe(true);
    expect(r.triggers.map((t) => t.code)).toContain('monitoring.zero-execution');
  });

  it('flags a 数量指标 behind by more than 30%: 69.99% trips it, 70.00% does not', () => {
    // 48.993 ÷ 70 = 0.6999 < 0.70; 49 ÷ 70 = 0.70 exactly, behind by exactly 30%.
    const codes = (actual: string) =>
      monitorReport(
        report({ funds: { total: { budget: '100', executed: '60' } }, indicators: [count(actual)] }),
        MOF,
      ).triggers.map((t) => t.code);
    expect(codes('48.993')).toEqual(['monitoring.quantity-behind']);
    expect(codes('49')).toEqual([]);
  });

  it('has no quantity trigger where the rule set has none, and offers its second round when flagged', () => {
    // second: 29.994 ÷ 60 = 49.99% → red; funds 30 ÷ 50 = 60% → yellow.
    const r = monitorReport(report({ indicators: [count('29.994')] }), SECOND);
    expect(r.triggers.map((t) => t.code)).toEqual(['monitoring.red-light']);
    expect(r).toMatchObject({ focus: true, secondRound: { throughMonth: 9 } });
  });

  it('runs a second-round report over the second round’s months', () => {
    // round 2 under the second rule set: 1–9月, 9 ÷ 12 = 75.00%.
    const r = monitorReport(report({ round: 2 }), SECOND);
    expect(r.timeProgress.text).toBe('75.00%');
    expect(r.secondRound).toBeUndefined();
  });
});
