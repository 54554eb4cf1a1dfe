import { dec } from '../../money/decimal';
import { compareWritten } from '../../wording/compare';
import type { Check } from '../check';
import { EXECUTION_BLOCK } from '../support/blocks';
import { agreementFinding } from '../support/finding';
import { joinSum, show } from '../support/format';

/**
 * The stated block scores must add up to the stated total. Documents list either the execution score
 * among the blocks ("预算执行10分，项目产出50.45分…", seed 001) or apart from them; when it is apart and
 * stated, it is added.
 */
export const statedBlockScoresSumMismatch: Check = {
  code: 'stated.block-scores-sum-mismatch',
  severity: 'error',
  title: {
    zh: '所列各部分得分之和与自评总分不符',
    en: 'Stated block scores do not add up to the stated total',
  },
  run({ evaluation, ruleSet }) {
    const stated = evaluation.stated;
    if (!stated.totalScore || stated.blockScores.length === 0) return [];
    const parts = stated.blockScores.map((b) => ({ name: b.block, value: dec(b.score) }));
    if (stated.executionScore && !stated.blockScores.some((b) => EXECUTION_BLOCK.test(b.block))) {
      parts.unshift({ name: '预算执行率', value: dec(stated.executionScore) });
    }
    const values = parts.map((p) => p.value);
    const total = values.reduce((a, b) => a.plus(b), dec(0));
    const agreement = compareWritten(stated.totalScore, total, ruleSet.rounding.mode);
    const numbers: Record<string, string> = {};
    for (const p of parts) numbers[p.name] = show(p.value);
    numbers.partsSum = show(total);
    numbers.statedTotal = stated.totalScore;
    return agreementFinding(statedBlockScoresSumMismatch, agreement, {
      location: { path: 'stated.totalScore', label: '自评总分' },
      expected: show(total),
      actual: stated.totalScore,
      numbers,
      message: {
        zh: `各部分得分 ${joinSum(values)} = ${show(total)} 分，与所述自评总分 ${stated.totalScore} 分不符`,
        en: `Block scores ${joinSum(values)} = ${show(total)} points, but the stated total is ${stated.totalScore}`,
      },
    });
  },
};
