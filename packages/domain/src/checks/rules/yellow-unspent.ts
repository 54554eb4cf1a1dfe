import { unspentOf } from '../../metrics/formulas';
import { dec, HUNDRED, ZERO } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show, showAmount, unitLabel } from '../support/format';

/**
 * The official yellow flag: more than `unspentWarnPercent` (default 20%) of the budget left unspent, or a
 * budget of 0 (the vendor rule flags both). Seed 004: (2851.19 − 1209.56) ÷ 2851.19 = 57.58% unspent.
 */
export const yellowUnspent: Check = {
  code: 'flag.yellow-unspent',
  severity: 'warning',
  title: { zh: '黄色预警：预算结余比例过高', en: 'Yellow flag: a large share of the budget unspent' },
  run({ evaluation, result, ruleSet }) {
    const { budget, executed, denominatorField } = result.execution;
    if (budget === undefined) return [];
    const unit = unitLabel(evaluation);
    const location = { path: `funds.total.${denominatorField}`, label: '年度资金总额预算数' };
    if (budget.isZero()) {
      return [
        finding(yellowUnspent, {
          location,
          actual: '0',
          message: {
            zh: '年度资金总额的预算数为 0，无法计算预算执行率，请核实预算数',
            en: 'The budget of the total funds is 0, so no execution rate can be computed; check the budget',
          },
        }),
      ];
    }
    if (executed === undefined) return [];
    const { amount: unspent, share } = unspentOf(budget, executed, ruleSet);
    const percent = (share?.rate ?? ZERO).times(HUNDRED);
    const limit = dec(ruleSet.checks.unspentWarnPercent);
    if (!percent.greaterThan(limit)) return [];
    return [
      finding(yellowUnspent, {
        location,
        expected: `≤ ${show(limit)}%`,
        actual: `${show(percent, 2)}%`,
        numbers: {
          budget: show(budget),
          executed: show(executed),
          unspent: show(unspent),
          unspentPercent: show(percent, 4),
          limitPercent: show(limit),
        },
        message: {
          zh: `预算 ${showAmount(budget)} ${unit.zh}，执行 ${showAmount(executed)} ${unit.zh}，未执行 ${showAmount(unspent)} ${unit.zh}，占预算的 ${show(percent, 2)}%，超过 ${show(limit)}%；请说明原因`,
          en: `Budget ${showAmount(budget)}, executed ${showAmount(executed)} ${unit.en}: ${showAmount(unspent)} (${show(percent, 2)}%) unspent, more than ${show(limit)}%; explain why`,
        },
      }),
    ];
  },
};
