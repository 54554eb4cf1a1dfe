import { redFlagOf } from '../../metrics/formulas';
import { HUNDRED } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show } from '../support/format';

/**
 * The official 自评预警 red flag (一体化 绩效 module, perf_t_warnset): indicator completion
 * (indicator score ÷ indicator weight) running ahead of budget execution by more than the rule set's
 * threshold — relative: (completion − execution) ÷ completion, the vendor formula; or in points.
 *
 * A warning, not an error: nothing in the document is arithmetically wrong, and targets can be reached with
 * less money (savings, co-funding). But it is exactly what the finance bureau flags red and asks about, so
 * the unit should explain it before submitting (seed 004: 100% of indicator points at 42.42% execution).
 */
export const redFlag: Check = {
  code: 'flag.red',
  severity: 'warning',
  title: {
    zh: '红色预警：指标完成程度明显高于预算执行率',
    en: 'Red flag: indicator completion well ahead of budget execution',
  },
  run({ result, ruleSet }) {
    const rate = result.execution.rate;
    if (rate === undefined) return [];
    const flag = redFlagOf(result.indicatorScore, result.indicatorWeight, rate, ruleSet);
    if (!flag?.raised) return [];
    const { completion, measure, threshold, relative } = flag;
    const c = show(completion.times(HUNDRED), 2);
    const e = show(rate.times(HUNDRED), 2);
    const how = relative
      ? {
          zh: `(${c}% − ${e}%) ÷ ${c}% = ${show(measure, 2)}%`,
          en: `(${c}% − ${e}%) ÷ ${c}% = ${show(measure, 2)}%`,
        }
      : {
          zh: `${c}% − ${e}% = ${show(measure, 2)} 个百分点`,
          en: `${c}% − ${e}% = ${show(measure, 2)} percentage points`,
        };
    return [
      finding(redFlag, {
        location: { path: 'indicators', label: '绩效指标完成程度与预算执行率' },
        expected: `≤ ${show(threshold)}${relative ? '%' : ''}`,
        actual: show(measure, 2),
        numbers: {
          indicatorScore: show(result.indicatorScore),
          indicatorWeight: show(result.indicatorWeight),
          completionPercent: show(completion.times(HUNDRED), 4),
          executionPercent: show(rate.times(HUNDRED), 4),
          divergence: show(measure, 4),
          threshold: show(threshold),
        },
        message: {
          zh: `绩效指标得分 ${show(result.indicatorScore)} ÷ ${show(result.indicatorWeight)} = 完成程度 ${c}%，而预算执行率仅 ${e}%，偏离 ${how.zh}，超过 ${show(threshold)}${relative ? '%' : ' 个百分点'}的预警线；请说明资金执行偏低而目标完成的原因`,
          en: `Indicator score ${show(result.indicatorScore)} ÷ ${show(result.indicatorWeight)} = ${c}% completion against ${e}% budget execution: ${how.en}, above the ${show(threshold)}${relative ? '%' : '-point'} threshold; explain how the targets were met with so little spending`,
        },
      }),
    ];
  },
};
