import type { Check } from '../check';
import { sumFindings } from '../support/sum-check';

/** Spending by 功能分类 (科学技术支出、社会保障和就业支出…) must add up to the stated 支出合计. */
export const expenditureByFunctionMismatch: Check = {
  code: 'expenditure.by-function-mismatch',
  severity: 'error',
  title: {
    zh: '按功能分类的支出之和与支出合计不符',
    en: 'Spending by function does not add up to the total',
  },
  run({ evaluation, ruleSet }) {
    const spending = evaluation.expenditure;
    if (!spending?.statedTotal || spending.byFunction.length === 0) return [];
    return sumFindings(expenditureByFunctionMismatch, {
      evaluation,
      mode: ruleSet.rounding.mode,
      total: {
        written: spending.statedTotal,
        location: { path: 'expenditure.statedTotal', label: '支出合计' },
      },
      parts: spending.byFunction.map((line) => ({ name: line.name, written: line.amount })),
      partsLabel: { zh: '按功能分类的支出', en: 'Spending by function' },
    });
  },
};
