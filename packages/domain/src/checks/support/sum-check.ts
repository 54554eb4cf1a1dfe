import type { Evaluation } from '../../model/evaluation';
import type { Location } from '../../model/location';
import { type Decimal, dec, sum } from '../../money/decimal';
import type { RoundingMode } from '../../money/rounding';
import { compareWritten } from '../../wording/compare';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { agreementFinding } from './finding';
import { joinSum, show, showAmount, unitLabel } from './format';

export interface SumPart {
  /** Chinese name of the part ("上年结转"). */
  name: string;
  written: string;
}

export interface SumCheckInput {
  evaluation: Evaluation;
  mode: RoundingMode;
  /** Where the total is, and what the document calls it. */
  total: { written: string; location: Location };
  parts: readonly SumPart[];
  /** What the parts are, in words, for the message ("收入各项" / "income items"). */
  partsLabel: { zh: string; en: string };
}

/** Parts that should add up to their stated total: none when they do, info for 尾差, else the check's severity. */
export function sumFindings(check: Pick<Check, 'code' | 'severity'>, input: SumCheckInput): Finding[] {
  if (input.parts.length === 0) return [];
  const values: Decimal[] = input.parts.map((p) => dec(p.written));
  const total = sum(values);
  const agreement = compareWritten(input.total.written, total, input.mode);
  const unit = unitLabel(input.evaluation);
  const numbers: Record<string, string> = {};
  input.parts.forEach((p, i) => {
    numbers[`parts[${i}] ${p.name}`] = show(values[i] ?? dec(0));
  });
  numbers.partsSum = show(total);
  numbers.statedTotal = input.total.written;
  const difference = dec(input.total.written).minus(total);
  numbers.difference = show(difference);
  return agreementFinding(check, agreement, {
    location: input.total.location,
    expected: show(total),
    actual: input.total.written,
    numbers,
    message: {
      zh: `${input.partsLabel.zh}合计 ${joinSum(values)} = ${showAmount(total)} ${unit.zh}，与所列合计 ${input.total.written} ${unit.zh}不符（相差 ${showAmount(difference.abs())} ${unit.zh}）`,
      en: `${input.partsLabel.en} add up to ${joinSum(values)} = ${showAmount(total)} ${unit.en}, but the stated total is ${input.total.written} ${unit.en} (difference ${showAmount(difference.abs())})`,
    },
  });
}
