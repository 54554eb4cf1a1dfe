import { TIER_LABEL } from '../../model/evaluation';
import { dec } from '../../money/decimal';
import { tierBandPoints } from '../../scoring/qualitative';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { indicatorRows, isQualitative } from '../support/indicators';

/**
 * A qualitative score must lie in the band of its tier (10号: 达成 80%（含）–100%, 部分达成 60%（含）–80%,
 * 未达成 0–60%). Bounds are the weight × fraction rounded to the score places, as the vendor system does
 * (round(W × 0.8, 2) ≤ score).
 */
export const tierBandMismatch: Check = {
  code: 'indicator.tier-band-mismatch',
  severity: 'error',
  title: { zh: '定性指标得分不在其完成档次的区间内', en: 'Qualitative score outside its tier band' },
  run(ctx) {
    const { ruleSet } = ctx;
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      const tier = row.indicator.actual?.tier;
      const written = row.indicator.manualScore?.score ?? row.indicator.score;
      if (!isQualitative(row) || !tier || written === undefined) continue;
      const weight = dec(row.indicator.weight);
      const points = tierBandPoints(weight, row.indicator.weight, tier, ruleSet);
      const band = ruleSet.scoring.qualitativeTiers.find((b) => b.tier === tier);
      if (!points || !band) continue;
      const { min, max } = points;
      const score = dec(written);
      const inside =
        score.greaterThanOrEqualTo(min) &&
        (band.maxInclusive ? score.lessThanOrEqualTo(max) : score.lessThan(max));
      if (inside) continue;
      const interval = `[${show(min)}, ${show(max)}${band.maxInclusive ? ']' : ')'}`;
      out.push(
        finding(tierBandMismatch, {
          location: { path: `${row.path}.score`, label: `${row.label}得分` },
          expected: interval,
          actual: written,
          numbers: { score: written, weight: show(weight), bandMin: show(min), bandMax: show(max) },
          message: {
            zh: `${row.label}完成情况为「${TIER_LABEL[tier]}」，得分应在 ${interval} 分之间（分值 ${show(weight)} × ${show(dec(band.min).times(100))}%–${show(dec(band.max).times(100))}%），所列为 ${written} 分`,
            en: `"${row.indicator.name}" is rated "${tier}", so its score must be in ${interval} (weight ${show(weight)}), not ${written}`,
          },
        }),
      );
    }
    return out;
  },
};
