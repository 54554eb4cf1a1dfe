import type { Check } from '../check';
import type { Finding } from '../finding';
import { finding } from '../support/finding';

/** An indicator whose 一级指标 matches no block of the rule set cannot be placed in 产出/效益/满意度. */
export const indicatorNoBlock: Check = {
  code: 'indicator.no-block',
  severity: 'error',
  title: { zh: '一级指标不属于规则集的任何部分', en: 'Indicator belongs to no block of the rule set' },
  run({ evaluation, result, ruleSet }) {
    const out: Finding[] = [];
    const known = ruleSet.blocks.map((b) => b.label).join('、');
    for (const scored of result.indicators) {
      if (scored.block !== null) continue;
      const indicator = evaluation.indicators[scored.index];
      if (!indicator) continue;
      out.push(
        finding(indicatorNoBlock, {
          location: {
            path: `indicators[${scored.index}].level1`,
            label: `绩效指标「${indicator.name}」一级指标`,
          },
          actual: indicator.level1,
          expected: known,
          numbers: { weight: indicator.weight },
          message: {
            zh: `「${indicator.name}」的一级指标「${indicator.level1}」不属于规则集「${ruleSet.name}」的任何部分（${known}）`,
            en: `"${indicator.name}": level-1 "${indicator.level1}" matches no block of rule set "${ruleSet.name}"`,
          },
        }),
      );
    }
    return out;
  },
};
