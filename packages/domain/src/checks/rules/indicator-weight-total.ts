import type { Check } from '../check';
import { weightTotalFindings } from '../support/weight-total';

/**
 * The 三级指标 分值 must add up to the points the rule set gives the indicators (财预〔2020〕10号: 90, the
 * other 10 being 预算执行率; 湖北: 80). Weights are fixed, so any difference is an error, not rounding.
 */
export const indicatorWeightTotalMismatch: Check = {
  code: 'weights.indicator-total-mismatch',
  severity: 'error',
  title: { zh: '绩效指标分值合计与规则集不符', en: 'Indicator weights do not add up to the rule set total' },
  run({ evaluation, ruleSet }) {
    const weights = evaluation.indicators.map((i) => i.weight);
    return weightTotalFindings(indicatorWeightTotalMismatch, weights, ruleSet, {
      path: 'indicators',
      label: '绩效指标分值合计',
    });
  },
};
