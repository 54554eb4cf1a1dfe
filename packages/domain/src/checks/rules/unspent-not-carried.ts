import { unspentOf } from '../../metrics/formulas';
import { dec } from '../../money/decimal';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show, showAmount, unitLabel } from '../support/format';

/**
 * Words that say where unspent money went. An explanation that only restates "年末无结转和结余" (seed 004
 * quotes exactly that) does not account for the gap, so it does not silence the check.
 */
const ACCOUNTS_FOR_UNSPENT =
  /收回|上缴|缴回|交回|退回|注销|统筹|调剂|调减|未拨付|未下达|未到位|结转下年|结转至/u;

/**
 * Money budgeted but not spent either carries over (结转结余) or goes back to the treasury (财政收回).
 * A closing 结转结余 of 0 with unspent budget and no explanation is a gap a reviewer will ask about
 * (seed 004: 2851.19 − 1209.56 = 1641.63 万元 unspent, "年末无结转和结余"). A warning: recovery by the
 * treasury or funds never allocated make it legitimate, but the document must say so.
 */
export const unspentNotCarried: Check = {
  code: 'carryover.unspent-not-carried',
  severity: 'warning',
  title: {
    zh: '有未执行预算但年末结转结余为 0 且无说明',
    en: 'Unspent budget with zero closing carry-over and no explanation',
  },
  run({ evaluation, result, ruleSet }) {
    const { budget, executed } = result.execution;
    const carryover = evaluation.carryover;
    if (budget === undefined || executed === undefined || carryover?.closing === undefined) return [];
    if (!dec(carryover.closing).isZero() || ACCOUNTS_FOR_UNSPENT.test(carryover.explanation ?? '')) return [];
    const unspent = unspentOf(budget, executed, ruleSet).amount;
    if (!unspent.greaterThan(0)) return [];
    const unit = unitLabel(evaluation);
    return [
      finding(unspentNotCarried, {
        location: { path: 'carryover.closing', label: '年末结转结余' },
        expected: show(unspent),
        actual: carryover.closing,
        numbers: {
          budget: show(budget),
          executed: show(executed),
          unspent: show(unspent),
          closingCarryover: carryover.closing,
        },
        message: {
          zh: `预算 ${showAmount(budget)} − 执行 ${showAmount(executed)} = ${showAmount(unspent)} ${unit.zh}未执行，但年末结转结余为 0，且未说明去向（如财政收回、未拨付）`,
          en: `Budget ${showAmount(budget)} − executed ${showAmount(executed)} = ${showAmount(unspent)} ${unit.en} unspent, yet the closing carry-over is 0 and nothing says where the money went (e.g. recovered by the treasury)`,
        },
      }),
    ];
  },
};
