import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, isQuantitative, type TargetCheck } from '../check';

/** 101号: a ★ 核心绩效指标 is a quantified one; a core indicator without sign and figure is an error. */
export const coreQualitative: TargetCheck = {
  code: 'target.core-qualitative',
  severity: 'error',
  title: { zh: '核心指标未量化', en: 'Core indicator not quantified' },
  run({ declaration }) {
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      if (!indicator.core || isQuantitative(indicator.target)) return;
      out.push(
        finding(coreQualitative, {
          location: indicatorLocation(index, indicator, 'target', '年度指标值'),
          message: {
            zh: `「${indicator.name}」标为核心指标（★），须为定量指标：请写明比较方式和数值`,
            en: `"${indicator.name}" is marked as a core indicator (★) and must be quantified; give a comparator and a figure`,
          },
        }),
      );
    });
    return out;
  },
};
