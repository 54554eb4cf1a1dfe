import { dec } from '../../money/decimal';
import type { RuleSet } from '../../rules/rule-set';
import { compareWritten } from '../../wording/compare';
import type { Check } from '../check';
import { finding } from '../support/finding';
import { show } from '../support/format';

type Band = RuleSet['grades'][number];

function clean(text: string): string {
  return text.replace(/[\s“”"'「」『』]/g, '').replace(/^(等级|评价等级|绩效级别|级别)[为：:]?/u, '');
}

function bandNamed(ruleSet: RuleSet, text: string): Band | undefined {
  const name = clean(text);
  return ruleSet.grades.find((g) => g.label === name || g.aliases.includes(name));
}

/** The band a score falls in: the highest band whose lower bound it reaches. */
function bandOf(ruleSet: RuleSet, score: ReturnType<typeof dec>): Band | undefined {
  return [...ruleSet.grades]
    .sort((a, b) => dec(b.min).comparedTo(dec(a.min)))
    .find((g) => score.greaterThanOrEqualTo(dec(g.min)));
}

/**
 * The stated 等级 against the grade of the computed total. Aliases of the rule set count as the same grade
 * (良好 = 良). When the stated grade follows from a stated total that differs from the computed one only
 * by rounding (89.995 written as 90 → 优), the difference is reported as info.
 */
export const statedGradeMismatch: Check = {
  code: 'stated.grade-mismatch',
  severity: 'error',
  title: { zh: '所述等级与计算不符', en: 'Stated grade differs from the computed one' },
  run({ evaluation, result, ruleSet }) {
    const written = evaluation.stated.grade;
    // An unscored evaluation has no computed grade to compare with: its stated grade is printed as stated.
    const grade = result.grade;
    if (written === undefined || clean(written) === '' || !grade) return [];
    const location = { path: 'stated.grade', label: '评价等级' };
    const labels = ruleSet.grades.map((g) => g.label).join('、');
    const stated = bandNamed(ruleSet, written);
    if (!stated) {
      return [
        finding(statedGradeMismatch, {
          severity: 'warning',
          location,
          actual: written,
          expected: grade.label,
          message: {
            zh: `所述等级「${written}」不是规则集「${ruleSet.name}」的等级（${labels}）；按计算总分 ${show(result.totalScore)} 分应为「${grade.label}」`,
            en: `"${written}" is not a grade of rule set "${ruleSet.name}" (${labels}); the computed total ${show(result.totalScore)} gives "${grade.label}"`,
          },
        }),
      ];
    }
    if (stated.key === grade.key) return [];
    const statedTotal = evaluation.stated.totalScore;
    const roundingOnly =
      statedTotal !== undefined &&
      compareWritten(statedTotal, result.totalScore, ruleSet.rounding.mode).kind === 'roundingOnly' &&
      bandOf(ruleSet, dec(statedTotal))?.key === stated.key;
    return [
      finding(statedGradeMismatch, {
        severity: roundingOnly ? 'info' : undefined,
        location,
        expected: grade.label,
        actual: written,
        numbers: { computedTotal: show(result.totalScore, 6), ...(statedTotal ? { statedTotal } : {}) },
        message: {
          zh: `所述等级为「${written}」，按计算总分 ${show(result.totalScore)} 分应为「${grade.label}」${roundingOnly ? '（差异源于总分的舍入）' : ''}`,
          en: `The stated grade is "${written}"; the computed total ${show(result.totalScore)} gives "${grade.label}"${roundingOnly ? ' (the difference comes from rounding the total)' : ''}`,
        },
      }),
    ];
  },
};
