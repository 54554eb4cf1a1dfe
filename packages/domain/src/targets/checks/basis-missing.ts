import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, type TargetCheck, targetRulesOf } from '../check';

/** 101号: every indicator names its 设定依据 (计划、行业、历史或其他标准), when the rule set requires it. */
export const basisMissing: TargetCheck = {
  code: 'target.basis-missing',
  severity: 'warning',
  title: { zh: '指标值未写设定依据', en: 'Target without a value basis' },
  run({ declaration, ruleSet }) {
    if (!targetRulesOf(ruleSet).basisRequired) return [];
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      if (indicator.basis !== undefined) return;
      out.push(
        finding(basisMissing, {
          location: indicatorLocation(index, indicator, 'basis', '设定依据'),
          message: {
            zh: `「${indicator.name}」未写指标值设定依据：请选择计划标准、行业标准、历史标准或其他标准`,
            en: `"${indicator.name}" names no basis for its target; choose plan, industry, history or other standard`,
          },
        }),
      );
    });
    return out;
  },
};
