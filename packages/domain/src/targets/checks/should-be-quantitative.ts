import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { indicatorLocation, libraryEntryOf, type TargetCheck } from '../check';

/**
 * An indicator taken from a library entry that can be quantified, written as 定性: 101号 asks for
 * quantified targets wherever they can be, so this is a warning for the reviewer, not a refusal.
 */
export const shouldBeQuantitative: TargetCheck = {
  code: 'target.should-be-quantitative',
  severity: 'warning',
  title: { zh: '可量化的指标写成了定性', en: 'A quantifiable indicator is written as qualitative' },
  run(ctx) {
    const out: Finding[] = [];
    ctx.declaration.indicators.forEach((indicator, index) => {
      if (indicator.target.comparator !== 'qualitative') return;
      const entry = libraryEntryOf(ctx, indicator);
      if (!entry) return;
      const quantitative =
        entry.quantitative ?? (entry.comparator !== undefined && entry.comparator !== 'qualitative');
      if (!quantitative) return;
      out.push(
        finding(shouldBeQuantitative, {
          location: indicatorLocation(index, indicator, 'target.comparator', '年度指标值'),
          message: {
            zh: `「${indicator.name}」取自指标库的可量化指标（${entry.id}），却写成了定性：请写明比较方式、数值和度量单位`,
            en: `"${indicator.name}" comes from a quantifiable library entry (${entry.id}) but is written as qualitative; give a comparator, a figure and a unit`,
          },
        }),
      );
    });
    return out;
  },
};
