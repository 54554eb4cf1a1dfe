import { dec } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show } from '../support/format';

/** A stated 总分 (the points of the form, usually 100) must equal the rule set's total weight. */
export const statedTotalWeightMismatch: Check = {
  code: 'weights.stated-total-mismatch',
  severity: 'error',
  title: { zh: '所列总分值与规则集不符', en: 'Stated total weight differs from the rule set' },
  run({ evaluation, ruleSet }) {
    const written = evaluation.stated.totalWeight;
    if (written === undefined) return [];
    const required = dec(ruleSet.totalWeight);
    if (dec(written).eq(required)) return [];
    return [
      finding(statedTotalWeightMismatch, {
        location: { path: 'stated.totalWeight', label: '总分值' },
        expected: show(required),
        actual: written,
        numbers: { statedTotalWeight: written, ruleSetTotalWeight: show(required) },
        message: {
          zh: `所列总分值为 ${written} 分，规则集「${ruleSet.name}」的总分为 ${show(required)} 分`,
          en: `The stated total weight is ${written} points; rule set "${ruleSet.name}" totals ${show(required)}`,
        },
      }),
    ];
  },
};
