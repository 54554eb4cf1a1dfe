import { describe, expect, it } from 'vitest';
import {
  addIndicator,
  type MonitoringDraft,
  removeIndicator,
  setDeviation,
  setFunds,
  setIndicatorValue,
} from './draft-ops';

const draft: MonitoringDraft = {
  format: 'jixiao.monitoring',
  schemaVersion: 1,
  kind: 'project',
  fiscalYear: 2024,
  ruleSet: 'mof-2020',
  amountUnit: 'wanYuan',
  round: 1,
  unit: { name: '甲单位' },
  project: { name: '乙项目' },
  funds: { total: { budget: '100' } },
  goals: {},
  indicators: [],
  meta: {},
};

describe('editing a monitoring draft', () => {
  it('keeps amounts as the decimal strings typed and clears a field emptied', () => {
    const typed = setFunds(draft, 'executed', '30.50');
    expect(typed.funds.total).toEqual({ budget: '100', executed: '30.50' });
    expect(setFunds(typed, 'budget', ' ').funds.total).toEqual({ executed: '30.50' });
    expect(draft.funds.total).toEqual({ budget: '100' });
  });

  it('adds, fills and removes an indicator row', () => {
    const added = addIndicator(draft, '产出指标', '讲座次数');
    const row = added.indicators[0];
    if (!row) throw new Error('no row');
    const filled = setDeviation(setIndicatorValue(row, 'progress', '42'), 'funding', '资金未到位');
    expect(filled.progress).toEqual({ value: '42' });
    expect(filled.deviation).toEqual({ funding: '资金未到位' });
    expect(setDeviation(filled, 'funding', '').deviation).toEqual({});
    expect(removeIndicator(added, 0).indicators).toEqual([]);
  });
});
