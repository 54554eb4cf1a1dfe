import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';
import { describeTarget, indicatorRows, isMissed } from '../support/indicators';

/** 10号: a target not reached needs 偏差原因分析 (and 改进措施). */
export const missedNoReason: Check = {
  code: 'indicator.missed-no-reason',
  severity: 'warning',
  title: { zh: '未完成指标缺少偏差原因', en: 'Missed target without a deviation reason' },
  run(ctx) {
    const out: Finding[] = [];
    for (const row of indicatorRows(ctx)) {
      if (!isMissed(row) || (row.indicator.deviationReason ?? '').trim() !== '') continue;
      const target = describeTarget(row.indicator);
      out.push(
        finding(missedNoReason, {
          location: { path: `${row.path}.deviationReason`, label: `${row.label}偏差原因分析` },
          message: {
            zh: `${row.label}${target.zh}，未完成目标，请填写偏差原因分析及改进措施`,
            en: `"${row.indicator.name}": ${target.en}; the target was missed, so give the reason for the deviation and the improvement measures`,
          },
        }),
      );
    }
    return out;
  },
};
