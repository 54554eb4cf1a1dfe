import { dec } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { indicatorRows } from '../support/indicators';

/** 得分最高不能超过该指标分值: a stated or manual score above the weight. */
export const scoreAboveWeight: Check = {
  code: 'indicator.score-above-weight',
  severity: 'error',
  title: { zh: '得分超过分值', en: 'Score above the weight' },
  run(ctx) {
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      const { score, manualScore } = row.indicator;
      // Most rows state neither score: nothing to parse, no path to write.
      if (score === undefined && manualScore === undefined) continue;
      const weight = dec(row.indicator.weight);
      const candidates = [
        { written: score, field: 'score', what: '得分' },
        { written: manualScore?.score, field: 'manualScore.score', what: '人工评定得分' },
      ];
      for (const c of candidates) {
        if (c.written === undefined || !dec(c.written).greaterThan(weight)) continue;
        out.push(
          finding(scoreAboveWeight, {
            location: { path: `${row.path}.${c.field}`, label: `${row.label}${c.what}` },
            expected: `≤ ${show(weight)}`,
            actual: c.written,
            numbers: { score: c.written, weight: show(weight) },
            message: {
              zh: `${row.label}${c.what} ${c.written} 分超过其分值 ${show(weight)} 分`,
              en: `"${row.indicator.name}": score ${c.written} exceeds its weight of ${show(weight)}`,
            },
          }),
        );
      }
    }
    return out;
  },
};
