import { describe, expect, it } from 'vitest';
import { type EvaluationInput, evaluationSchema } from '../model/evaluation';
import { getRuleSet } from '../rules/registry';
import { computeMetrics } from './compute';

const mof = getRuleSet('mof-2020');

function metrics(input: Partial<EvaluationInput>) {
  const ev = evaluationSchema.parse({
    kind: 'unitWide',
    fiscalYear: 2022,
    unit: { name: '测试单位' },
    funds: { total: {} },
    ...input,
  });
  return computeMetrics(ev, mof);
}

describe('computeMetrics', () => {
  it('computes the execution rate 1209.56 / 2851.19 = 42.42% (seed 004)', () => {
    const m = metrics({ funds: { total: { adjustedBudget: '2851.19', executed: '1209.56' } } });
    expect(m.executionRate?.percent.toFixed()).toBe('42.42');
    expect(m.executionRate?.explanation.zh).toBe(
      '预算执行率 = 全年执行数 1209.56 万元 ÷ 全年预算数 2851.19 万元 = 42.42%',
    );
  });

  it('computes 未支出 = 2851.19 − 1209.56 = 1641.63, 57.58% of the 全年预算数 (seed 004)', () => {
    const m = metrics({ funds: { total: { adjustedBudget: '2851.19', executed: '1209.56' } } });
    expect(m.unspent?.amount.toFixed()).toBe('1641.63');
    expect(m.unspent?.share?.percent.toFixed(2)).toBe('57.58');
  });

  it('takes the three public totals and budget − actual from one formula: 13.2 − 5.98 = 7.22', () => {
    const m = metrics({ threePublicExpenses: { actual: { total: '5.98' }, budget: { total: '13.2' } } });
    expect(m.threePublicExpenses.budgetTotal?.toFixed()).toBe('13.2');
    expect(m.threePublicExpenses.underBudget?.toFixed()).toBe('7.22');
  });

  it('computes 结转结余率 = 年末结转结余 / 支出预算数: 12.5 / 250 = 5.00%', () => {
    const m = metrics({ carryover: { closing: '12.5' }, expenditureBudget: { total: '250' } });
    expect(m.carryoverRate?.rate.toFixed()).toBe('0.05');
    expect(m.carryoverRate?.percent.toFixed(2)).toBe('5.00');
    expect(m.carryoverRate?.explanation.zh).toContain('支出预算数 250 万元');
  });

  it('leaves every metric undefined when its data is missing', () => {
    const m = metrics({});
    expect(m.executionRate).toBeUndefined();
    expect(m.carryoverRate).toBeUndefined();
    expect(m.incomeShares).toBeUndefined();
    expect(m.expenditureShares).toEqual({ byType: undefined, byFunction: undefined });
    expect(m.threePublicExpenses).toEqual({ actualTotal: undefined });
    expect(m.basicProjectSplit).toBeUndefined();
    expect(m.perCapitaExpenditure).toBeUndefined();
  });

  it('computes income shares against the sum of the lines when no total is stated: 300/400 = 75%, 100/400 = 25%', () => {
    const m = metrics({
      income: {
        items: [
          { name: '财政拨款收入', source: 'fiscalAppropriation', amount: '300', statedShare: '75' },
          { name: '其他收入', source: 'otherIncome', amount: '100' },
        ],
      },
    });
    expect(m.incomeShares?.totalSource).toBe('sumOfLines');
    expect(m.incomeShares?.lines.map((l) => l.share.percent.toFixed())).toEqual(['75', '25']);
    expect(m.incomeShares?.lines[0]?.statedShare?.toFixed()).toBe('75');
    expect(m.incomeShares?.lines[1]?.category).toBe('otherIncome');
  });

  it('computes shares against the stated total when given: 1 / 3 = 33.33%', () => {
    const m = metrics({
      expenditure: { statedTotal: '3', byType: [], byFunction: [{ name: '科学技术支出', amount: '1' }] },
    });
    expect(m.expenditureShares.byFunction?.totalSource).toBe('statedTotal');
    expect(m.expenditureShares.byFunction?.lines[0]?.share.percent.toFixed()).toBe('33.33');
  });

  it('splits 基本/项目 spending by type: 600 + 400 → 60% / 40%', () => {
    const m = metrics({
      expenditure: {
        byType: [
          { name: '基本支出', type: 'basic', amount: '600' },
          { name: '项目支出', type: 'project', amount: '400' },
        ],
        byFunction: [],
      },
    });
    expect(m.basicProjectSplit?.source).toBe('actual');
    expect(m.basicProjectSplit?.basicShare.percent.toFixed()).toBe('60');
    expect(m.basicProjectSplit?.projectShare.percent.toFixed()).toBe('40');
  });

  it('falls back to the planned split when no spending by type is given', () => {
    const m = metrics({ expenditureBudget: { basic: '1', project: '3' } });
    expect(m.basicProjectSplit?.source).toBe('budget');
    expect(m.basicProjectSplit?.basicShare.percent.toFixed()).toBe('25');
  });

  it('computes the 三公经费 change rate (8 − 10) / 10 = −20% and control rate 8 / 9 = 88.89%', () => {
    const m = metrics({
      threePublicExpenses: {
        actual: { overseasTravel: '0', officialReception: '3', vehiclePurchase: '0', vehicleOperation: '5' },
        priorYearActual: { total: '10' },
        budget: { total: '9' },
        counts: {},
      },
    });
    expect(m.threePublicExpenses.actualTotal?.toFixed()).toBe('8');
    expect(m.threePublicExpenses.changeRate?.percent.toFixed()).toBe('-20');
    expect(m.threePublicExpenses.controlRate?.percent.toFixed()).toBe('88.89');
  });

  it('does not sum a 三公经费 total from incomplete parts', () => {
    const m = metrics({
      threePublicExpenses: { actual: { officialReception: '3' }, budget: { total: '9' }, counts: {} },
    });
    expect(m.threePublicExpenses.actualTotal).toBeUndefined();
    expect(m.threePublicExpenses.controlRate).toBeUndefined();
  });

  it('computes spending per person: 1209.56 万元 / 23 人 = 52.589… → 52.59 万元/人', () => {
    const m = metrics({ funds: { total: { executed: '1209.56' } }, staff: { actual: 23 } });
    expect(m.perCapitaExpenditure?.rounded.toFixed()).toBe('52.59');
    expect(m.perCapitaExpenditure?.explanation.zh).toBe(
      '人均支出 = 支出合计 1209.56 万元 ÷ 实有人数 23 人 = 52.59 万元/人',
    );
  });

  it('gives no rate when the denominator is 0', () => {
    const m = metrics({ funds: { total: { adjustedBudget: '0', executed: '0' } } });
    expect(m.executionRate).toBeUndefined();
  });
});
