import { describe, expect, it } from 'vitest';
import type { EvaluationSummary } from '../../api/types';
import {
  averageScore,
  gradeDistribution,
  rateByGroup,
  scatterPoints,
  unscoredCount,
  yearOverYear,
} from './chart-data';
import { gradeOption, rateByGroupOption, scatterOption } from './chart-options';

const item = (
  id: string,
  dept: string,
  rate: string | null,
  score: string | null,
  grade: string | null,
): EvaluationSummary => ({
  id,
  organisationId: dept,
  projectId: null,
  kind: 'unitWide',
  fiscalYear: 2022,
  title: id,
  unitName: `单位${id}`,
  status: 'submitted',
  ruleSetId: 'mof-2020',
  totalScore: score,
  grade,
  executionRate: rate,
  errorCount: 0,
  warningCount: 0,
  demo: false,
  createdAt: '2023-03-28T00:00:00Z',
  updatedAt: '2023-03-28T00:00:00Z',
  updatedBy: null,
  version: 1,
});

// Seed 004 is the classic case: 42.42% spent, 94.24 points.
const items = [
  item('a', '科技局', '42.4230', '94.24', 'excellent'),
  item('b', '科技局', '98.5', '91', 'excellent'),
  item('c', '教委', '80', '85.5', 'good'),
  item('d', '教委', null, null, null),
];
const labels = {
  count: '数量',
  axisRate: '执行率',
  axisScore: '得分',
  previousYear: '2021',
  currentYear: '2022',
};
const byDept = (e: EvaluationSummary) => e.organisationId;

describe('overview chart data', () => {
  it('counts grades in the order 优 良 中 差, with the ungraded at the end', () => {
    expect(gradeDistribution(items)).toEqual([
      { grade: 'excellent', count: 2 },
      { grade: 'good', count: 1 },
      { grade: 'fair', count: 0 },
      { grade: 'poor', count: 0 },
      { grade: 'ungraded', count: 1 },
    ]);
  });

  it('counts unscored evaluations on their own, outside the grades and the average', () => {
    // Two more without a total (as the server stores an evaluation it cannot score): they add to the
    // unscored count only. Grades stay 2 优 + 1 良; the average stays (94.24 + 91 + 85.5) / 3 = 90.25.
    const more = [...items, item('e', '教委', '50', null, null), item('f', '科技局', null, null, null)];
    expect(unscoredCount(more)).toBe(3);
    expect(gradeDistribution(more).map((g) => [g.grade, g.count])).toEqual([
      ['excellent', 2],
      ['good', 1],
      ['fair', 0],
      ['poor', 0],
      ['ungraded', 3],
    ]);
    expect(averageScore(more)).toBe('90.25');
    expect(unscoredCount(items.slice(0, 3))).toBe(0);
  });

  it('flags a unit whose score runs more than 20 points ahead of its execution rate: 94.24 − 42.42 = 51.82', () => {
    const pts = scatterPoints(items);
    expect(pts.map((p) => [p.id, p.rate, p.score, p.ahead])).toEqual([
      ['a', 42.42, 94.24, true],
      ['b', 98.5, 91, false],
      ['c', 80, 85.5, false],
    ]);
  });

  it('averages execution rates per department exactly: (42.4230 + 98.5) / 2 = 70.4615 → 70.46', () => {
    expect(rateByGroup(items, byDept)).toEqual([
      { group: '教委', rate: 80, units: 1 },
      { group: '科技局', rate: 70.46, units: 2 },
    ]);
  });

  it('averages scores to two decimals: (94.24 + 91 + 85.5) / 3 = 90.2466… → 90.25', () => {
    expect(averageScore(items)).toBe('90.25');
    expect(averageScore([])).toBe('—');
  });

  it('pairs last year and this year per department', () => {
    const previous = [item('p', '科技局', '90', '88', 'good')];
    expect(yearOverYear(items, previous, byDept)).toEqual([
      { group: '科技局', previous: 88, current: 92.62 },
      { group: '教委', current: 85.5 },
    ]);
  });
});

describe('overview chart options', () => {
  it('colours grade bars and labels the count axis', () => {
    const names: Record<string, string> = {
      excellent: '优',
      good: '良',
      fair: '中',
      poor: '差',
      ungraded: '未评级',
    };
    const o = gradeOption(gradeDistribution(items), labels, (k) => names[k] ?? k);
    expect(o.xAxis.data).toEqual(['优', '良', '中', '差', '未评级']);
    expect(o.series[0]?.data[0]).toEqual({ value: 2, itemStyle: { color: '#52c41a' } });
  });

  it('puts units running ahead of spending in their own red series', () => {
    const o = scatterOption(scatterPoints(items), labels);
    expect(o.series[1]?.data).toEqual([{ name: '单位a', value: [42.42, 94.24] }]);
    expect(o.series[1]?.itemStyle.color).toBe('#ff4d4f');
  });

  it('lists departments bottom-up so the highest rate is on top', () => {
    const o = rateByGroupOption(rateByGroup(items, byDept), labels);
    expect(o.yAxis.data).toEqual(['科技局', '教委']);
  });
});
