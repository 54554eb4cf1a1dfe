import { describe, expect, it } from 'vitest';
import { liveMonitoring, newRowLevel1 } from './live';

const report = (progress: string) => ({
  kind: 'project',
  fiscalYear: 2024,
  throughMonth: 7,
  unit: { name: '甲单位' },
  project: { name: '乙项目' },
  funds: { total: { budget: '100', executed: '30' } },
  indicators: [
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '讲座次数',
      target: { comparator: '>=', value: '120', unit: '个' },
      progress: { value: progress },
    },
  ],
});

describe('the monitoring figures computed in the browser', () => {
  it('gives 58.33% time progress, 30.00% execution and a yellow light for 42 of ≥120 over 1–7月', () => {
    const result = liveMonitoring(report('42'));
    // 7 ÷ 12 = 58.33%; 30 ÷ 100 = 30.00%; 42 ÷ (120 ÷ 12 × 7) = 42 ÷ 70 = 60.00% → yellow (60 ≤ p < 80)
    expect(result?.timeProgress.text).toBe('58.33%');
    expect(result?.funds.executionProgress?.text).toBe('30.00%');
    expect(result?.indicators[0]?.light).toBe('yellow');
    expect(result?.indicators[0]?.explanation.zh).toContain('42 ÷ (120 ÷ 12 × 7) = 60.00%');
  });

  it('turns green at 56 done (56 ÷ 70 = 80.00%) and red at 35 (35 ÷ 70 = 50.00%)', () => {
    expect(liveMonitoring(report('56'))?.indicators[0]?.light).toBe('green');
    expect(liveMonitoring(report('35'))?.indicators[0]?.light).toBe('red');
  });

  it('answers nothing while the draft is not a valid report (no unit name)', () => {
    expect(liveMonitoring({ ...report('42'), unit: { name: '' } })).toBeUndefined();
  });

  it('starts a new row under the first block of the rule set (产出指标 in mof-2020)', () => {
    expect(newRowLevel1('mof-2020')).toBe('产出指标');
    expect(newRowLevel1('no-such-rule-set')).toBe('');
  });
});
