import { finding } from '../../checks/support/finding';
import { joinSum, show } from '../../checks/support/format';
import { dec, sum } from '../../money/decimal';
import type { TargetCheck } from '../check';

/**
 * The 分值 of the declared indicators add up to the points the rule set gives the indicators (the
 * weights carry over into the self-evaluation, where weights.indicator-total-mismatch would say the same
 * a year later). Weights are fixed figures: any difference is an error.
 */
export const weightsTotalMismatch: TargetCheck = {
  code: 'target.weights-total-mismatch',
  severity: 'error',
  title: { zh: '绩效指标分值合计与规则集不符', en: 'Indicator weights do not add up to the rule set total' },
  run({ declaration, ruleSet }) {
    if (declaration.indicators.length === 0) return [];
    const weights = declaration.indicators.map((i) => dec(i.weight));
    const total = sum(weights);
    const required = dec(ruleSet.indicatorWeight);
    if (total.eq(required)) return [];
    return [
      finding(weightsTotalMismatch, {
        location: { path: 'indicators', label: '绩效指标分值合计' },
        expected: show(required),
        actual: show(total),
        numbers: {
          indicatorWeightSum: show(total),
          ruleSetIndicatorWeight: show(required),
          indicatorCount: String(weights.length),
        },
        message: {
          zh: `绩效指标分值合计 ${joinSum(weights)} = ${show(total)} 分，规则集「${ruleSet.name}」规定绩效指标共 ${show(required)} 分`,
          en: `Indicator weights add up to ${show(total)} points; rule set "${ruleSet.name}" gives the indicators ${show(required)} points`,
        },
      }),
    ];
  },
};
