import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { show, showAmount } from '../../checks/support/format';
import type { DeclaredFunds } from '../../model/target-declaration';
import { AMOUNT_UNIT_LABEL } from '../../money/amount-unit';
import { dec, ZERO } from '../../money/decimal';
import type { TargetCheck } from '../check';

const PERIOD = {
  annual: { zh: '年度', en: 'annual' },
  midTerm: { zh: '中期', en: 'mid-term' },
} as const;

/**
 * 资金总额 = 财政拨款 + 其他资金, for the year and for the mid term: the 申报表's own arithmetic. A part
 * left blank counts as 0 once the other is given. Declared amounts are typed, not rounded: any
 * difference is an error.
 */
export const fundsPartsMismatch: TargetCheck = {
  code: 'target.funds-parts-mismatch',
  severity: 'error',
  title: { zh: '资金总额与财政拨款、其他资金之和不符', en: 'Total funds differ from their parts' },
  run({ declaration }) {
    const unit = AMOUNT_UNIT_LABEL[declaration.amountUnit];
    const out: Finding[] = [];
    const periods: [keyof typeof PERIOD, DeclaredFunds | undefined][] = [
      ['annual', declaration.funds.annual],
      ['midTerm', declaration.funds.midTerm],
    ];
    for (const [period, funds] of periods) {
      if (!funds || funds.total === undefined) continue;
      if (funds.fiscalAppropriation === undefined && funds.otherFunds === undefined) continue;
      const fiscal = funds.fiscalAppropriation === undefined ? ZERO : dec(funds.fiscalAppropriation);
      const other = funds.otherFunds === undefined ? ZERO : dec(funds.otherFunds);
      const parts = fiscal.plus(other);
      const total = dec(funds.total);
      if (parts.eq(total)) continue;
      const name = PERIOD[period];
      out.push(
        finding(fundsPartsMismatch, {
          location: { path: `funds.${period}.total`, label: `${name.zh}资金总额` },
          expected: show(parts),
          actual: show(total),
          numbers: {
            total: show(total),
            fiscalAppropriation: show(fiscal),
            otherFunds: show(other),
            partsSum: show(parts),
            difference: show(total.minus(parts)),
          },
          message: {
            zh: `${name.zh}资金总额 ${showAmount(total)} ${unit}，与财政拨款 ${showAmount(fiscal)} + 其他资金 ${showAmount(other)} = ${showAmount(parts)} ${unit}不符`,
            en: `The ${name.en} total ${showAmount(total)} differs from fiscal appropriation ${showAmount(fiscal)} + other funds ${showAmount(other)} = ${showAmount(parts)}`,
          },
        }),
      );
    }
    return out;
  },
};
