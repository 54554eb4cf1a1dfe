import { describe, expect, it } from 'vitest';
import type { OverviewDepartment, OverviewRow } from '../../api/types';
import {
  compareDecimals,
  gradeDistribution,
  rateByDepartment,
  rowName,
  scatterPoints,
  yearOverYear,
} from './chart-data';
import { gradeOption, rateByGroupOption, scatterOption } from './chart-options';

const row = (
  id: string,
  rate: string | null,
  score: string | null,
  kind: OverviewRow['kind'] = 'unitWide',
): OverviewRow => ({
  id,
  organisationId: `u-${id}`,
  kind,
  title: `项目${id}`,
  unitName: `单位${id}`,
  departmentId: 'd1',
  departmentName: '科技局',
  status: 'approved',
  totalScore: score,
  grade: null,
  executionRate: rate,
  errorCount: 0,
  warningCount: 0,
  rank: null,
});

const dept = (
  departmentId: string | null,
  averageExecutionRate: string | null,
  averageScore: string | null,
): OverviewDepartment => ({
  departmentId,
  departmentName: departmentId === null ? null : `部门${departmentId}`,
  evaluations: 2,
  units: 1,
  averageScore,
  averageExecutionRate,
});
const nameOf = (d: OverviewDepartment) => d.departmentName ?? '未归属部门';

const labels = {
  count: '数量',
  axisRate: '执行率',
  axisScore: '得分',
  previousYear: '2021',
  currentYear: '2022',
};
const grades = [
  { grade: 'excellent' as const, count: 2 },
  { grade: 'good' as const, count: 1 },
  { grade: 'fair' as const, count: 0 },
  { grade: 'poor' as const, count: 0 },
];

describe('overview chart data', () => {
  it('counts grades in the order 优 良 中 差, with the unscored at the end only when there are any', () => {
    expect(gradeDistribution({ grades, unscored: 1 })).toEqual([...grades, { grade: 'ungraded', count: 1 }]);
    expect(gradeDistribution({ grades: [...grades].reverse(), unscored: 0 })).toEqual(grades);
  });

  it('names a project row by unit and project, a department-wide one by the unit', () => {
    expect(rowName(row('a', null, null, 'project'))).toBe('单位a · 项目a');
    expect(rowName(row('a', null, null))).toBe('单位a');
  });

  it('plots the bare pairs and the rows ahead of spending, named, each rounded half up to 2 places', () => {
    // Seed 004 is the classic case: 42.4230% spent, 94.24 points, 51.82 ahead.
    const pts = scatterPoints({
      points: [
        ['98.5', '91'],
        ['42.425', '50'],
      ],
      ahead: [{ id: 'a', unitName: '单位a', title: null, rate: '42.4230', score: '94.24' }],
    });
    expect(pts.map((p) => [p.id, p.name, p.rate, p.score, p.ahead])).toEqual([
      [undefined, '', 98.5, 91, false],
      [undefined, '', 42.43, 50, false],
      ['a', '单位a', 42.42, 94.24, true],
    ]);
  });

  it('puts departments highest rate first and leaves out those without a rate', () => {
    expect(
      rateByDepartment(
        [dept('1', '70.46', '90.00'), dept('2', '80.00', null), dept('3', null, '60')],
        nameOf,
      ),
    ).toEqual([
      { group: '部门2', rate: 80, evaluations: 2 },
      { group: '部门1', rate: 70.46, evaluations: 2 },
    ]);
  });

  it('pairs last year and this year per department, by department and not by name', () => {
    const current = [dept('1', '70', '92.62'), dept(null, '50', '85.50')];
    const previous = [{ ...dept('1', '60', '88.00'), departmentName: '旧名' }, dept('9', '60', '70.00')];
    expect(yearOverYear(current, previous, nameOf)).toEqual([
      { group: '部门1', previous: 88, current: 92.62 },
      { group: '未归属部门', current: 85.5 },
      { group: '部门9', previous: 70 },
    ]);
  });

  it('orders decimal strings exactly, missing first', () => {
    expect(['90.10', null, '90.1', '100', '9.99'].sort(compareDecimals)).toEqual([
      null,
      '9.99',
      '90.10',
      '90.1',
      '100',
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
    const o = gradeOption(gradeDistribution({ grades, unscored: 1 }), labels, (k) => names[k] ?? k);
    expect(o.xAxis.data).toEqual(['优', '良', '中', '差', '未评级']);
    expect(o.series[0]?.data[0]).toEqual({ value: 2, itemStyle: { color: '#52c41a' } });
  });

  it('puts rows running ahead of spending in their own red series, named by unit and project', () => {
    const o = scatterOption(
      scatterPoints({
        points: [['98.5', '91']],
        ahead: [
          { id: 'a', unitName: '单位a', title: null, rate: '42.42', score: '94.24' },
          { id: 'p', unitName: '单位p', title: '项目p', rate: '10', score: '95' },
        ],
      }),
      labels,
    );
    expect(o.series[0]?.data).toEqual([{ name: '', value: [98.5, 91] }]);
    expect(o.series[1]?.data).toEqual([
      { name: '单位a', value: [42.42, 94.24] },
      { name: '单位p · 项目p', value: [10, 95] },
    ]);
    expect(o.series[1]?.itemStyle.color).toBe('#ff4d4f');
  });

  it('lists departments bottom-up so the highest rate is on top', () => {
    const o = rateByGroupOption(
      rateByDepartment([dept('1', '70.46', null), dept('2', '80', null)], nameOf),
      labels,
    );
    expect(o.yAxis.data).toEqual(['部门1', '部门2']);
  });
});
