import type { GradeCount, GroupRate, ScatterPoint, YearChange } from './chart-data';

/** ECharts options as plain data, built from the chart data; kept free of echarts imports. */
export interface Labels {
  count: string;
  axisRate: string;
  axisScore: string;
  previousYear: string;
  currentYear: string;
}

/** No animation: figures appear at once (and screenshots show the final chart). */
const STILL = { animation: false } as const;

const GRADE_COLORS: Record<string, string> = {
  excellent: '#52c41a',
  good: '#1677ff',
  fair: '#faad14',
  poor: '#ff4d4f',
};

/** `gradeName` words a grade key for the axis (优/良… or Excellent/Good…). */
export function gradeOption(data: GradeCount[], labels: Labels, gradeName: (key: string) => string) {
  return {
    ...STILL,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: data.map((d) => gradeName(d.grade)) },
    yAxis: { type: 'value', name: labels.count, minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: labels.count,
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: data.map((d) => ({ value: d.count, itemStyle: { color: GRADE_COLORS[d.grade] ?? '#bfbfbf' } })),
      },
    ],
  };
}

export function scatterOption(points: ScatterPoint[], labels: Labels) {
  const series = (ahead: boolean) => ({
    type: 'scatter',
    name: ahead ? '!' : '',
    symbolSize: ahead ? 14 : 10,
    itemStyle: { color: ahead ? '#ff4d4f' : '#1677ff' },
    data: points.filter((p) => p.ahead === ahead).map((p) => ({ name: p.name, value: [p.rate, p.score] })),
  });
  return {
    ...STILL,
    tooltip: { trigger: 'item', formatter: '{b}<br/>{c}' },
    grid: { left: 48, right: 24, top: 24, bottom: 40 },
    xAxis: { type: 'value', name: labels.axisRate, nameLocation: 'middle', nameGap: 26, min: 0, max: 100 },
    yAxis: { type: 'value', name: labels.axisScore, min: 0, max: 100 },
    series: [
      series(false),
      {
        ...series(true),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#bfbfbf' },
          data: [[{ coord: [0, 20] }, { coord: [80, 100] }]],
        },
      },
    ],
  };
}

export function rateByGroupOption(data: GroupRate[], labels: Labels) {
  const rows = [...data].reverse();
  return {
    ...STILL,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 36, containLabel: true },
    xAxis: { type: 'value', name: labels.axisRate, nameLocation: 'middle', nameGap: 24, max: 100 },
    yAxis: {
      type: 'category',
      data: rows.map((d) => d.group),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        label: { show: true, position: 'right', formatter: '{c}%' },
        data: rows.map((d) => d.rate),
      },
    ],
  };
}

export function yearOverYearOption(data: YearChange[], labels: Labels) {
  return {
    ...STILL,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.previousYear, labels.currentYear], top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 24, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.map((d) => d.group),
      axisLabel: { width: 90, overflow: 'truncate', interval: 0 },
    },
    yAxis: { type: 'value', name: labels.axisScore, min: 0, max: 100 },
    series: [
      { type: 'bar', name: labels.previousYear, data: data.map((d) => d.previous ?? null) },
      { type: 'bar', name: labels.currentYear, data: data.map((d) => d.current ?? null) },
    ],
  };
}
