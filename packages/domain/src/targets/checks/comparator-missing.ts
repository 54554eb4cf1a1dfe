import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, type TargetCheck } from '../check';

/** A 年度指标值 whose 比较方式 is blank: neither monitoring nor scoring can tell which way it counts. */
export const targetComparatorMissing: TargetCheck = {
  code: 'target.comparator-missing',
  severity: 'error',
  title: { zh: '比较方式未填写', en: 'Comparator not filled in' },
  run({ declaration }) {
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      if (indicator.target.comparator !== undefined) return;
      out.push(
        finding(targetComparatorMissing, {
          location: indicatorLocation(index, indicator, 'target.comparator', '比较方式'),
          message: {
            zh: `「${indicator.name}」的比较方式未填写：请选择 ≥、≤、= 或 定性`,
            en: `"${indicator.name}": the comparator is not filled in; choose ≥, ≤, = or qualitative`,
          },
        }),
      );
    });
    return out;
  },
};
