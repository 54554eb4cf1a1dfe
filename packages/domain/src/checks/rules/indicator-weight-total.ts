import { dec, sum } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { joinSum, show } from '../support/format';

/**
 * The 三级指标 分值 must add up to the points the rule set gives the indicators (财预〔2020〕10号: 90, the
 * other 10 being 预算执行率; 湖北: 80). Weights are fixed, so any difference is an error, not rounding.
 */
export const indicatorWeightTotalMismatch: Check = {
  code: 'weights.indicator-total-mismatch',
  severity: 'error',
  title: { zh: '绩效指标分值合计与规则集不符', en: 'Indicator weights do not add up to the rule set total' },
  run({ evaluation, ruleSet }) {
    if (evaluation.indicators.length === 0) return [];
    const weights = evaluation.indicators.map((i) => dec(i.weight));
    const total = sum(weights);
    const required = dec(ruleSet.indicatorWeight);
    if (total.eq(required)) return [];
    return [
      finding(indicatorWeightTotalMismatch, {
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
