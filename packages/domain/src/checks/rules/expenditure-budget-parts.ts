import type { Check } from '../check';
import { sumFindings } from '../support/sum-check';

/** 支出预算: 基本支出 + 项目支出 must equal the planned total (seed 002: 44.07 + 43 = 87.07). */
export const expenditureBudgetPartsMismatch: Check = {
  code: 'expenditure-budget.parts-mismatch',
  severity: 'error',
  title: {
    zh: '支出预算的基本支出与项目支出之和与预算合计不符',
    en: 'Budgeted basic + project spending ≠ budget total',
  },
  run({ evaluation, ruleSet }) {
    const budget = evaluation.expenditureBudget;
    if (!budget?.total || budget.basic === undefined || budget.project === undefined) return [];
    return sumFindings(expenditureBudgetPartsMismatch, {
      evaluation,
      mode: ruleSet.rounding.mode,
      total: { written: budget.total, location: { path: 'expenditureBudget.total', label: '支出预算合计' } },
      parts: [
        { name: '基本支出', written: budget.basic },
        { name: '项目支出', written: budget.project },
      ],
      partsLabel: { zh: '支出预算的基本支出与项目支出', en: 'Budgeted basic and project spending' },
    });
  },
};
