import { dec, type RuleSet, ratioOf, sum } from '@jixiao/domain';
import type { IndicatorRow, IndicatorTable } from '../extract/tables';
import { compareWritten } from '../finding';
import { parseActual, parseTarget } from './target';

/**
 * A form that prints no 分值 column (云南's "年初目标值(A) | 实际完成值(B) | 得分") still scores by the
 * proportional rule, score = weight × B ÷ A; the weight is the whole number that reproduces the written
 * score at its written precision. Such weights are a guess from the form's own arithmetic: every check on
 * them is at most a warning.
 */
export function withDecodedWeights(t: IndicatorTable, ruleSet: RuleSet): IndicatorTable {
  // Only a reading that fits the whole form: every scored row decodes, and the weights fill the printed frame.
  const rows = t.rows.map((r) => (r.weightMissing ? decode(r, ruleSet) : r));
  const scored = rows.filter((r) => r.score);
  if (!t.frame || scored.length === 0 || scored.some((r) => r.weightMissing)) return t;
  const total = sum(scored.map((r) => dec(r.weight.token.value)));
  return total.eq(dec(t.frame.token.value)) ? { ...t, rows } : t;
}

function decode(row: IndicatorRow, ruleSet: RuleSet): IndicatorRow {
  if (!row.score || !row.target || !row.actual) return row;
  const target = parseTarget(row.target.text);
  const actual = parseActual(row.actual.text);
  if (!target || !actual || target.comparator !== '>=') return row;
  const ratio = ratioOf(dec(actual.value), dec(target.value), ruleSet);
  if (!ratio || ratio.rate.isZero()) return row;
  const written = row.score.token.value;
  const weight = dec(written).dividedBy(ratio.rate).toDecimalPlaces(0);
  if (weight.isZero() || compareWritten(written, weight.times(ratio.rate)) === 'mismatch') return row;
  const { weightMissing: _missing, ...rest } = row;
  return {
    ...rest,
    weight: {
      token: { ...row.score.token, value: weight.toFixed(), raw: weight.toFixed(), unit: 'none' },
      cell: row.score.cell,
    },
    weightDecoded: true,
    confidence: 'guessed',
  };
}
