import type { Finding } from '../../checks/finding';
import { finding } from '../../checks/support/finding';
import { show } from '../../checks/support/format';
import type { Evaluation } from '../../model/evaluation';
import type { DeclaredIndicator } from '../../model/target-declaration';
import { dec } from '../../money/decimal';
import { indicatorLocation, type TargetCheck, targetRulesOf } from '../check';

/** Last year's row for the same indicator: the same 三级指标 name, and the same unit when both give one. */
function priorRow(priorYear: Evaluation, indicator: DeclaredIndicator) {
  const name = indicator.name.trim();
  return priorYear.indicators.find((row) => {
    if (row.name.trim() !== name) return false;
    const unit = row.target?.unit?.trim();
    const now = indicator.target.unit?.trim();
    return !unit || !now || unit === now;
  });
}

/**
 * A target that last year's actual already far exceeds (set too low): for "≥ T", last year's A ≥ r × T;
 * for "≤ T", r × A ≤ T (the ceiling is r times what was achieved). r is the rule set's `tooLowRatio`
 * (1.2 by default). "=" and 定性 targets are not compared. Last year's figure goes into `numbers`.
 */
export const tooLow: TargetCheck = {
  code: 'target.too-low',
  severity: 'warning',
  title: { zh: '指标值设定偏低', en: 'Target set too low' },
  run({ declaration, ruleSet, priorYear }) {
    if (!priorYear) return [];
    const ratio = dec(targetRulesOf(ruleSet).tooLowRatio);
    const out: Finding[] = [];
    declaration.indicators.forEach((indicator, index) => {
      const { comparator, value } = indicator.target;
      if ((comparator !== '>=' && comparator !== '<=') || value === undefined) return;
      const actual = priorRow(priorYear, indicator)?.actual?.value;
      if (actual === undefined) return;
      const target = dec(value);
      const prior = dec(actual);
      const unit = indicator.target.unit ?? '';
      const numbers = {
        priorYearActual: show(prior),
        target: show(target),
        tooLowRatio: show(ratio),
        priorYear: String(priorYear.fiscalYear),
      };
      if (comparator === '>=') {
        const threshold = ratio.times(target);
        if (prior.lessThan(threshold)) return;
        out.push(
          finding(tooLow, {
            location: indicatorLocation(index, indicator, 'target.value', '年度指标值'),
            expected: `>${show(prior)}`,
            actual: show(target),
            numbers: { ...numbers, threshold: show(threshold) },
            message: {
              zh: `「${indicator.name}」年度指标值 ≥${show(target)}${unit} 偏低：${priorYear.fiscalYear} 年实际完成 ${show(prior)}${unit}，已达到指标值的 ${show(ratio)} 倍（${show(ratio)} × ${show(target)} = ${show(threshold)}）`,
              en: `"${indicator.name}": the target ≥${show(target)}${unit} is set too low; ${priorYear.fiscalYear} achieved ${show(prior)}${unit}, at least ${show(ratio)} times the target (${show(ratio)} × ${show(target)} = ${show(threshold)})`,
            },
          }),
        );
        return;
      }
      const ceiling = ratio.times(prior);
      if (ceiling.greaterThan(target)) return;
      out.push(
        finding(tooLow, {
          location: indicatorLocation(index, indicator, 'target.value', '年度指标值'),
          expected: `<${show(prior)}`,
          actual: show(target),
          numbers: { ...numbers, threshold: show(ceiling) },
          message: {
            zh: `「${indicator.name}」年度指标值 ≤${show(target)}${unit} 偏宽：${priorYear.fiscalYear} 年实际 ${show(prior)}${unit}，指标值已达其 ${show(ratio)} 倍以上（${show(ratio)} × ${show(prior)} = ${show(ceiling)} ≤ ${show(target)}）`,
            en: `"${indicator.name}": the ceiling ≤${show(target)}${unit} is set too loose; ${priorYear.fiscalYear} came to ${show(prior)}${unit} and the ceiling is at least ${show(ratio)} times that (${show(ratio)} × ${show(prior)} = ${show(ceiling)} ≤ ${show(target)})`,
          },
        }),
      );
    });
    return out;
  },
};
