import { amountText, percentText } from '../i18n/format';
import type { Localized } from '../i18n/localized';
import type { AmountUnit } from '../money/amount-unit';
import type { Decimal } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { ratioOf } from './formulas';
import type { RateMetric } from './types';

export interface Named {
  value: Decimal;
  label: Localized;
}

/**
 * numerator / denominator as a RateMetric, with the sentence "名称 = 分子 X 万元 ÷ 分母 Y 万元 = Z%".
 * Undefined when the denominator is 0: no rate exists, and the caller reports nothing rather than ∞.
 */
export function rateOf(
  name: Localized,
  numerator: Named,
  denominator: Named,
  unit: AmountUnit,
  ruleSet: RuleSet,
): RateMetric | undefined {
  const ratio = ratioOf(numerator.value, denominator.value, ruleSet);
  if (!ratio) return undefined;
  const p = percentText(ratio.percent, ruleSet.rounding.ratePlaces);
  const n = amountText(numerator.value, unit);
  const d = amountText(denominator.value, unit);
  return {
    numerator: numerator.value,
    denominator: denominator.value,
    ...ratio,
    explanation: {
      zh: `${name.zh} = ${numerator.label.zh} ${n.zh} ÷ ${denominator.label.zh} ${d.zh} = ${p}`,
      en: `${name.en} = ${numerator.label.en} ${n.en} ÷ ${denominator.label.en} ${d.en} = ${p}`,
    },
  };
}
