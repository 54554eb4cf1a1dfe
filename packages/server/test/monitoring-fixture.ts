import type { MonitoringReportInput } from '@jixiao/domain';

/**
 * A 1–7月 monitoring report written for these tests: 全年预算数 100 万元, 执行数 30, one quantity indicator
 * ≥ 120 个 with 42 done. By hand: 时序进度 = 7 ÷ 12 × 100 = 58.33%; 执行进度 = 30 ÷ 100 × 100 = 30.00%;
 * the indicator's progress = 42 ÷ (120 ÷ 12 × 7) × 100 = 42 ÷ 70 × 100 = 60.00%, a yellow light (60 ≤ 60 < 80).
 */
export function monitoringFixture(over: Partial<MonitoringReportInput> = {}): MonitoringReportInput {
  return {
    kind: 'project',
    fiscalYear: 2024,
    throughMonth: 7,
    unit: { name: '甲区科协本级' },
    project: { name: '科普宣传项目' },
    funds: { total: { budget: '100', executed: '30', expectedAnnual: '95' } },
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '举办科普讲座次数',
        target: { comparator: '>=', value: '120', unit: '个' },
        progress: { value: '42' },
        expectedAnnual: { value: '120' },
        likelihood: 'certain',
      },
    ],
    ...over,
  };
}
