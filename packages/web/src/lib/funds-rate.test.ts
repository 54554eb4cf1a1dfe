import { getRuleSet, type RuleSet } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { rowRateText } from './funds-rate';

const MOF = getRuleSet('mof-2020');
const over = (denominator: RuleSet['execution']['denominator']): RuleSet => ({
  ...MOF,
  execution: { ...MOF.execution, denominator },
});
const ROW = {
  initialBudget: '2931.88',
  adjustedBudget: '2851.19',
  executed: '1209.56',
  fundsArrived: '1500',
};

describe('a funds row’s rate on screen follows the rule set’s denominator', () => {
  it.each([
    // 1209.56 ÷ 2851.19 = 0.424229… → 42.42%
    ['adjustedBudget', '42.42%'],
    // 1209.56 ÷ 2931.88 = 0.412554… → 41.26%
    ['initialBudget', '41.26%'],
    // 1209.56 ÷ 1500 = 0.806373… → 80.64%
    ['fundsArrived', '80.64%'],
  ] as const)('over %s: %s', (denominator, text) => {
    expect(rowRateText(ROW, over(denominator))).toBe(text);
  });

  it('shows a dash while a figure is not a number, the denominator is 0 or missing, or no rule set is known', () => {
    expect(rowRateText({ ...ROW, executed: '12O9.56' }, MOF)).toBe('—');
    expect(rowRateText({ adjustedBudget: '0', executed: '5' }, MOF)).toBe('—');
    expect(rowRateText({ executed: '5', adjustedBudget: '' }, MOF)).toBe('—');
    expect(rowRateText(ROW, undefined)).toBe('—');
  });
});
