import { weightTotalFindings } from '../../checks/support/weight-total';
import type { TargetCheck } from '../check';

/**
 * The 分值 of the declared indicators add up to the points the rule set gives the indicators (the
 * weights carry over into the self-evaluation, where weights.indicator-total-mismatch would say the same
 * a year later, by the same arithmetic). Weights are fixed figures: any difference is an error.
 */
export const weightsTotalMismatch: TargetCheck = {
  code: 'target.weights-total-mismatch',
  severity: 'error',
  title: { zh: '绩效指标分值合计与规则集不符', en: 'Indicator weights do not add up to the rule set total' },
  run({ declaration, ruleSet }) {
    const weights = declaration.indicators.map((i) => i.weight);
    return weightTotalFindings(weightsTotalMismatch, weights, ruleSet, {
      path: 'indicators',
      label: '绩效指标分值合计',
    });
  },
};
