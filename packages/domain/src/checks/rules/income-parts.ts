import { INCOME_SOURCE_LABEL } from '../../model/evaluation';
import type { Check } from '../check';
import { sumFindings } from '../support/sum-check';

/** 收入 items (财政拨款收入、上年结转…) must add up to the stated 收入合计 (seed 003: 0.84 + 163.68 ≠ 163.68). */
export const incomePartsMismatch: Check = {
  code: 'income.parts-mismatch',
  severity: 'error',
  title: { zh: '收入各项之和与收入合计不符', en: 'Income items do not add up to the stated income total' },
  run({ evaluation, ruleSet }) {
    const income = evaluation.income;
    if (!income?.statedTotal || income.items.length === 0) return [];
    return sumFindings(incomePartsMismatch, {
      evaluation,
      mode: ruleSet.rounding.mode,
      total: { written: income.statedTotal, location: { path: 'income.statedTotal', label: '收入合计' } },
      parts: income.items.map((item) => ({
        name: item.name || INCOME_SOURCE_LABEL[item.source],
        written: item.amount,
      })),
      partsLabel: { zh: '收入各项', en: 'Income items' },
    });
  },
};
