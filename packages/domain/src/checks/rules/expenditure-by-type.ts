import type { Check } from '../check';
import { sumFindings } from '../support/sum-check';

/** 基本支出 + 项目支出 must add up to the stated 支出合计. */
export const expenditureByTypeMismatch: Check = {
  code: 'expenditure.by-type-mismatch',
  severity: 'error',
  title: {
    zh: '基本支出与项目支出之和与支出合计不符',
    en: 'Basic and project spending do not add up to the total',
  },
  run({ evaluation, ruleSet }) {
    const spending = evaluation.expenditure;
    if (!spending?.statedTotal || spending.byType.length === 0) return [];
    return sumFindings(expenditureByTypeMismatch, {
      evaluation,
      mode: ruleSet.rounding.mode,
      total: {
        written: spending.statedTotal,
        location: { path: 'expenditure.statedTotal', label: '支出合计' },
      },
      parts: spending.byType.map((line) => ({ name: line.name, written: line.amount })),
      partsLabel: {
        zh: '按经济性质分类的支出（基本支出、项目支出）',
        en: 'Spending by type (basic, project)',
      },
    });
  },
};
