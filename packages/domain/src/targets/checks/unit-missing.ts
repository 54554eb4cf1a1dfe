import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, isQuantitative, type TargetCheck } from '../check';

/** A quantitative target names its 度量单位 (个, 万元, %): "≥120" alone cannot be measured against. */
export const unitMissing: TargetCheck = {
  code: 'target.unit-missing',
  severity: 'warning',
  title: { zh: '定量指标未填度量单位', en: 'Quantitative target without a unit' },
  run({ declaration }) {
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      if (!isQuantitative(indicator.target) || indicator.target.unit?.trim()) return;
      out.push(
        finding(unitMissing, {
          location: indicatorLocation(index, indicator, 'target.unit', '度量单位'),
          message: {
            zh: `「${indicator.name}」是定量指标，但未填度量单位`,
            en: `"${indicator.name}" is quantitative but has no unit of measure`,
          },
        }),
      );
    });
    return out;
  },
};
