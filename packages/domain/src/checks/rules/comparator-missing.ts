import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';

/**
 * A 年度指标值 whose 比较方式 (≥ ≤ = or 定性) is left blank: the formula cannot tell which way the row
 * counts, so it is scored as without a target until the preparer chooses one. The row itself is kept
 * and saved as entered; this finding is what blocks its submission.
 */
export const comparatorMissing: Check = {
  code: 'indicator.comparator-missing',
  severity: 'error',
  title: { zh: '比较方式未填写', en: 'Comparator not filled in' },
  run({ evaluation }) {
    const out: Finding[] = [];
    evaluation.indicators.forEach((indicator, index) => {
      if (!indicator.target || indicator.target.comparator !== undefined) return;
      out.push(
        finding(comparatorMissing, {
          location: {
            path: `indicators[${index}].target.comparator`,
            label: `绩效指标「${indicator.name}」比较方式`,
          },
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
