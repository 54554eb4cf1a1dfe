import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { liveScore, rowOfPath, toDraftPath } from './engine';

/**
 * Seed 004 (重庆市璧山区科学技术局 2022 部门整体): 全年预算数 2851.19 万元, 全年执行数 1209.56 万元.
 * 1209.56 / 2851.19 = 0.424230…, shown as 42.42%; 42.42% × 10 = 4.242 → 4.24 分.
 * Nine indicators (the tenth row of its table is 预算执行率) worth 90 points, all given full marks by the report → 90; total 4.24 + 90 = 94.24 → 优 (≥ 90).
 */
const seed004Indicators: [string, string, string, string, string][] = [
  ['产出指标', '新增科技型企业数量', '15', '171', '家'],
  ['产出指标', '新增高新技术企业数量', '15', '59', '家'],
  ['产出指标', '举办创新创业大赛场次', '10', '1', '次'],
  ['产出指标', '举办科技活动周场次', '10', '1', '次'],
  ['产出指标', '选派科技特派员人数', '10', '53', '名'],
  ['产出指标', '技术合同认定个数', '10', '28', '个'],
  ['产出指标', '科技成果认定个数', '10', '151', '个'],
  ['满意度指标', '职工满意度', '5', '100', '%'],
  ['满意度指标', '企业满意度', '5', '98', '%'],
];

function seed004Draft(): Draft {
  return {
    kind: 'unitWide',
    fiscalYear: 2022,
    ruleSet: 'chongqing-unit-wide',
    unit: { name: '重庆市璧山区科学技术局' },
    funds: { total: { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' } },
    indicators: seed004Indicators.map(([level1, name, weight, actual, unit], i) => ({
      id: `r${i}`,
      level1,
      name,
      weight,
      actual: { value: actual },
      target: { comparator: 'qualitative', unit },
      manualScore: { score: weight, reason: '自评报告：根据评价标准，该指标得100%权重分' },
    })),
  };
}

describe('liveScore', () => {
  it('scores seed 004 in the browser: 42.42%, 4.24, total 94.24, grade 优', () => {
    const live = liveScore(seed004Draft());
    expect(live.failure).toBeUndefined();
    const r = live.outcome?.result;
    expect(r?.execution.ratePercent?.toFixed(2)).toBe('42.42');
    expect(r?.execution.score.toFixed(2)).toBe('4.24');
    expect(r?.totalScore.toFixed(2)).toBe('94.24');
    expect(r?.grade?.label).toBe('优');
  });

  it('maps indicator scores and findings to draft rows when an incomplete row is skipped', () => {
    const draft = seed004Draft();
    draft.indicators?.unshift({ id: 'blank', level1: '产出指标', name: '', weight: '' });
    const live = liveScore(draft);
    expect(live.byRow.get(0)).toBeUndefined();
    expect(live.byRow.get(1)?.name).toBe('新增科技型企业数量');
    for (const f of live.findings) {
      const row = rowOfPath(f.location.path);
      if (row !== undefined) expect(row).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports an unknown rule set instead of throwing', () => {
    const live = liveScore({ ...seed004Draft(), ruleSet: 'no-such-rules' });
    expect(live.outcome).toBeUndefined();
    expect(live.failure?.zh).toContain('「no-such-rules」');
    expect(live.failure?.en).toContain('no rule set named "no-such-rules"');
  });

  it('rewrites finding paths from scored index to draft row', () => {
    expect(toDraftPath('indicators[0].score', [2, 5])).toBe('indicators[2].score');
    expect(toDraftPath('indicators[1]', [2, 5])).toBe('indicators[5]');
    expect(toDraftPath('funds.total.executed', [2, 5])).toBe('funds.total.executed');
  });
});
