import { dec, type RuleSet, ratioOf } from '@jixiao/domain';
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
  return { ...t, rows: t.rows.map((r) => (r.weightMissing ? decode(r, ruleSet) : r)) };
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
