import { dec } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { describeTarget, indicatorRows, isMissed, isQualitative } from '../support/indicators';

/** A quantitative target not reached is scored in proportion (B/A × W), so full marks are wrong. */
export const missedFullMarks: Check = {
  code: 'indicator.missed-full-marks',
  severity: 'error',
  title: { zh: '未完成指标得满分', en: 'Missed target with full marks' },
  run(ctx) {
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      const written = row.indicator.score;
      if (written === undefined || isQualitative(row) || row.indicator.manualScore || !isMissed(row))
        continue;
      const weight = dec(row.indicator.weight);
      if (weight.isZero() || !dec(written).greaterThanOrEqualTo(weight)) continue;
      const expected = row.scored?.score;
      // B/A × W can round up to W (9999 of 10000 → 9.999 → 10.00): full marks by rounding only.
      const roundedUp = expected?.greaterThanOrEqualTo(weight) === true;
      const target = describeTarget(row.indicator);
      out.push(
        finding(missedFullMarks, {
          severity: roundedUp ? 'info' : undefined,
          location: { path: `${row.path}.score`, label: `${row.label}得分` },
          expected: expected ? show(expected) : `< ${show(weight)}`,
          actual: written,
          numbers: {
            score: written,
            weight: show(weight),
            ...(expected ? { computedScore: show(expected) } : {}),
          },
          message: {
            zh: `${row.label}${target.zh}，未完成目标却得满分 ${written} 分${expected ? `；按完成比例应得 ${show(expected)} 分` : ''}${roundedUp ? '（按规则舍入后恰为满分，仅为舍入差异）' : ''}`,
            en: `"${row.indicator.name}": ${target.en}; the target was missed but scored full marks (${written})${expected ? `; in proportion it scores ${show(expected)}` : ''}${roundedUp ? ' (rounding gives full marks: rounding only)' : ''}`,
          },
        }),
      );
    }
    return out;
  },
};
