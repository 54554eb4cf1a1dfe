import { ratioOf } from '../../metrics/formulas';
import { dec, HUNDRED, ZERO } from '../../money/decimal';
import { compareWritten } from '../../wording/compare';
import type { Check } from '../check';
import type { Finding } from '../finding';
import { agreementFinding } from '../support/finding';
import { show, showPercent } from '../support/format';

/**
 * A printed 得分率 must be 得分 ÷ 分值 × 100. The row's own stated score is used when given (that is the
 * arithmetic the reader redoes), else the computed one. Seed 004: 企业满意度 5 ÷ 5 = 100%, printed 98%.
 */
export const scoreRateMismatch: Check = {
  code: 'indicator.score-rate-mismatch',
  severity: 'error',
  title: { zh: '得分率与得分、分值不符', en: 'Stated score rate does not match score and weight' },
  run({ evaluation, result, ruleSet }) {
    const out: Finding[] = [];
    evaluation.indicators.forEach((indicator, i) => {
      if (indicator.statedScoreRate === undefined) return;
      const weight = dec(indicator.weight);
      if (weight.isZero()) return;
      const scoreWritten = indicator.score;
      const score =
        scoreWritten !== undefined ? dec(scoreWritten) : result.indicators.find((s) => s.index === i)?.score;
      if (score === undefined) return;
      const exact = (ratioOf(score, weight, ruleSet)?.rate ?? ZERO).times(HUNDRED);
      const agreement = compareWritten(indicator.statedScoreRate, exact, ruleSet.rounding.mode);
      out.push(
        ...agreementFinding(scoreRateMismatch, agreement, {
          location: {
            path: `indicators[${i}].statedScoreRate`,
            label: `绩效指标「${indicator.name}」得分率`,
          },
          expected: show(agreement.expected),
          actual: indicator.statedScoreRate,
          numbers: { score: show(score), weight: show(weight), exactPercent: show(exact, 6) },
          message: {
            zh: `「${indicator.name}」得分 ${show(score)} ÷ 分值 ${show(weight)} = ${showPercent(exact, agreement.places)}%，所列得分率为 ${indicator.statedScoreRate}%`,
            en: `"${indicator.name}": score ${show(score)} ÷ weight ${show(weight)} = ${showPercent(exact, agreement.places)}%, but the stated score rate is ${indicator.statedScoreRate}%`,
          },
        }),
      );
    });
    return out;
  },
};
