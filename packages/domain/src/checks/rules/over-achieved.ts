import { dec, ZERO } from '../../money/decimal';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { show } from '../support/format';
import { describeTarget, indicatorRows } from '../support/indicators';

/**
 * 10号: when the actual value is far above a ≥ target, analyse why; a target set obviously too low may
 * justify 按偏离度适度调减分值. "Far" is actual ≥ overAchievementRatio × target (rule set, default 1.5).
 * Already handled by a manual score with a reason → info.
 */
export const overAchieved: Check = {
  code: 'indicator.over-achieved',
  severity: 'warning',
  title: {
    zh: '实际完成值远超指标值（指标值可能设定偏低）',
    en: 'Target far exceeded (possibly set too low)',
  },
  run(ctx) {
    const ratio = dec(ctx.ruleSet.scoring.overAchievementRatio);
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      const { target, actual } = row.indicator;
      if (target?.comparator !== '>=' || target.value === undefined || actual?.value === undefined) continue;
      const a = dec(target.value);
      const b = dec(actual.value);
      if (!a.greaterThan(ZERO) || b.lessThan(a.times(ratio))) continue;
      const described = describeTarget(row.indicator);
      const handled = row.indicator.manualScore !== undefined;
      out.push(
        finding(overAchieved, {
          severity: handled ? 'info' : undefined,
          location: { path: `${row.path}.actual.value`, label: `${row.label}实际完成值` },
          expected: `< ${show(a.times(ratio))}`,
          actual: actual.value,
          numbers: {
            target: show(a),
            actual: show(b),
            completion: show(b.dividedBy(a), 4),
            ratio: show(ratio),
          },
          message: {
            zh: `${row.label}${described.zh}，为指标值的 ${show(b.dividedBy(a).times(100), 2)}%（≥ ${show(ratio.times(100))}%），请分析原因；如指标值设定明显偏低，可按偏离度适度调减分值${handled ? '（已人工评定）' : ''}`,
            en: `"${row.indicator.name}": ${described.en}, ${show(b.dividedBy(a).times(100), 2)}% of the target (≥ ${show(ratio.times(100))}%); explain why, and reduce the score if the target was set too low${handled ? ' (a manual score is recorded)' : ''}`,
          },
        }),
      );
    }
    return out;
  },
};
