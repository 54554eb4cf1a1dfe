import { sharesOf } from '../../metrics/shares';
import type { Evaluation } from '../../model/evaluation';
import { HUNDRED } from '../../money/decimal';
import { compareWritten } from '../../wording/compare';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { agreementFinding } from '../support/finding';
import { show, showAmount, showPercent, unitLabel } from '../support/format';

interface ShareLine {
  name: string;
  amount: string;
  statedShare?: string;
}

interface ShareList {
  path: string;
  labelZh: string;
  labelEn: string;
  lines: readonly ShareLine[];
  statedTotal?: string;
  totalLabel: string;
}

function lists(evaluation: Evaluation): ShareList[] {
  const out: ShareList[] = [];
  const income = evaluation.income;
  if (income) {
    out.push({
      path: 'income.items',
      labelZh: '收入',
      labelEn: 'income',
      lines: income.items,
      statedTotal: income.statedTotal,
      totalLabel: '收入合计',
    });
  }
  const spending = evaluation.expenditure;
  if (spending) {
    out.push({
      path: 'expenditure.byType',
      labelZh: '支出',
      labelEn: 'spending',
      lines: spending.byType,
      statedTotal: spending.statedTotal,
      totalLabel: '支出合计',
    });
    out.push({
      path: 'expenditure.byFunction',
      labelZh: '支出',
      labelEn: 'spending',
      lines: spending.byFunction,
      statedTotal: spending.statedTotal,
      totalLabel: '支出合计',
    });
  }
  return out;
}

const WHAT = { zh: '各项', en: 'lines' };

/**
 * A stated share (占比) must be amount ÷ total × 100 at the precision it was written with. The total is the
 * stated one when given (that is what the reader divides by), else the sum of the lines.
 * Seed 002: 93.18 ÷ 102.18 = 91.192% → "91.19" agrees; seed 003: 0.84 ÷ 163.68 = 0.513% → "0" does not.
 */
export const shareMismatch: Check = {
  code: 'share.mismatch',
  severity: 'error',
  title: { zh: '占比与金额不符', en: 'Stated share does not match the amounts' },
  run({ evaluation, ruleSet }) {
    const out: Finding[] = [];
    const unit = unitLabel(evaluation);
    for (const list of lists(evaluation)) {
      if (!list.lines.some((l) => l.statedShare !== undefined)) continue;
      // The metrics' shares: over the stated total when given, else the sum of the lines.
      const shares = sharesOf(list.lines, list.statedTotal, WHAT, evaluation.amountUnit, ruleSet);
      if (!shares) continue;
      const denominator = shares.total;
      for (const { index: i, amount, share } of shares.lines) {
        const line = list.lines[i];
        if (line?.statedShare === undefined) continue;
        const exact = share.rate.times(HUNDRED);
        const agreement = compareWritten(line.statedShare, exact, ruleSet.rounding.mode);
        const totalWord = list.statedTotal ? list.totalLabel : `${list.totalLabel}（各项之和）`;
        out.push(
          ...agreementFinding(shareMismatch, agreement, {
            location: {
              path: `${list.path}[${i}].statedShare`,
              label: `${list.labelZh}「${line.name}」占比`,
            },
            expected: show(agreement.expected),
            actual: line.statedShare,
            numbers: {
              amount: show(amount),
              denominator: show(denominator),
              exactPercent: show(exact, 6),
              statedPercent: line.statedShare,
            },
            message: {
              zh: `「${line.name}」${showAmount(amount)} ${unit.zh} ÷ ${totalWord} ${showAmount(denominator)} ${unit.zh} = ${showPercent(exact, agreement.places)}%，所列占比为 ${line.statedShare}%（按所列精度应为 ${show(agreement.expected)}%）`,
              en: `"${line.name}" ${showAmount(amount)} ÷ ${showAmount(denominator)} ${unit.en} = ${showPercent(exact, agreement.places)}%, but the stated share is ${line.statedShare}% (at that precision: ${show(agreement.expected)}%)`,
            },
          }),
        );
      }
    }
    return out;
  },
};
