import type { AmountUnit } from '../money/amount-unit';
import { type DecimalString, dec, sum } from '../money/decimal';
import type { RuleSet } from '../rules/rule-set';
import { rateOf } from './ratio';
import type { Shares } from './types';

export interface ShareSource {
  name: string;
  amount: DecimalString;
  statedShare?: DecimalString;
  category?: string;
}

/**
 * Each line's share (占比) of the whole. The whole is the document's stated total when it gives one
 * (that is what its printed shares were computed against), else the sum of the lines.
 */
export function sharesOf(
  lines: readonly ShareSource[],
  statedTotal: DecimalString | undefined,
  what: { zh: string; en: string },
  unit: AmountUnit,
  ruleSet: RuleSet,
): Shares | undefined {
  if (lines.length === 0) return undefined;
  const amounts = lines.map((l) => dec(l.amount));
  const sumOfLines = sum(amounts);
  const total = statedTotal === undefined ? sumOfLines : dec(statedTotal);
  if (total.isZero()) return undefined;
  const totalLabel =
    statedTotal === undefined
      ? { zh: `${what.zh}各项合计`, en: `sum of ${what.en}` }
      : { zh: `${what.zh}合计`, en: `total ${what.en}` };
  const out: Shares['lines'] = [];
  lines.forEach((line, index) => {
    const amount = amounts[index] ?? dec(line.amount);
    const share = rateOf(
      { zh: `「${line.name}」占比`, en: `share of "${line.name}"` },
      { value: amount, label: { zh: line.name, en: line.name } },
      { value: total, label: totalLabel },
      unit,
      ruleSet,
    );
    if (!share) return;
    out.push({
      index,
      name: line.name,
      category: line.category,
      amount,
      share,
      statedShare: line.statedShare === undefined ? undefined : dec(line.statedShare),
    });
  });
  return {
    total,
    totalSource: statedTotal === undefined ? 'sumOfLines' : 'statedTotal',
    sumOfLines,
    lines: out,
  };
}
