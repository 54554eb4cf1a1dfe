import type { Location } from '../../model/location';
import { type Decimal, dec, sum } from '../../money/decimal';
import type { RuleSet } from '../../rules/rule-set';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from './finding';
import { joinSum, show } from './format';

/**
 * The one arithmetic of "the 分值 add up to the rule set's indicator points", for the evaluation's
 * indicators and a declaration's alike: none when they do, else one finding with the sum written out.
 */
export function weightTotalFindings(
  check: Pick<Check, 'code' | 'severity'>,
  weightsWritten: readonly string[],
  ruleSet: RuleSet,
  location: Location,
): Finding[] {
  if (weightsWritten.length === 0) return [];
  const weights: Decimal[] = weightsWritten.map((w) => dec(w));
  const total = sum(weights);
  const required = dec(ruleSet.indicatorWeight);
  if (total.eq(required)) return [];
  return [
    finding(check, {
      location,
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
}
