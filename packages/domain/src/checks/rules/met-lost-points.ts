import { dec } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { describeTarget, indicatorRows, isMet, isQualitative } from '../support/indicators';

/**
 * A quantitative target that was met scores its full 分值 (10号). Less than full marks without a manual
 * score and reason (e.g. 按偏离度适度调减 when the target was set too low) is an error.
 */
export const metLostPoints: Check = {
  code: 'indicator.met-lost-points',
  severity: 'error',
  title: { zh: '已完成指标未得满分', en: 'Met target without full marks' },
  run(ctx) {
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      const written = row.indicator.score;
      if (written === undefined || isQualitative(row) || row.indicator.manualScore || !isMet(row)) continue;
      const weight = dec(row.indicator.weight);
      if (!dec(written).lessThan(weight)) continue;
      const target = describeTarget(row.indicator);
      out.push(
        finding(metLostPoints, {
          location: { path: `${row.path}.score`, label: `${row.label}得分` },
          expected: show(weight),
          actual: written,
          numbers: { score: written, weight: show(weight) },
          message: {
            zh: `${row.label}${target.zh}，已完成目标，应得满分 ${show(weight)} 分，所列得分为 ${written} 分；如因目标设定偏低而调减，请填写人工评定得分及理由`,
            en: `"${row.indicator.name}": ${target.en}; the target was met, so the score should be ${show(weight)}, not ${written} (record a manual score with its reason if it was reduced deliberately)`,
          },
        }),
      );
    }
    return out;
  },
};
