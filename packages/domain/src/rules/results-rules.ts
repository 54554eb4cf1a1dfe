import { z } from 'zod';
import { decimalString } from '../model/decimal-schema';

/**
 * 结果应用 (use of the results) as rule-set data: a grade — and, optionally, a score band inside that grade —
 * gives the bureau's suggestion for next year's budget and a percentage change of this year's 全年预算数.
 * No national figure exists (domain-rules §6, §8: 10号 says only "核减预算 as appropriate"); the defaults are
 * the practice rule of 达州商务局 (优 优先保障, 良 据实保障, 中 一定比例核减, 差 可取消或暂停) with the
 * percentages −10% for 中 and −100% for 差 as configurable examples [P].
 */
export const RESULT_SUGGESTIONS = ['prioritise', 'asNeeded', 'reduce', 'cancelOrSuspend'] as const;
export type ResultSuggestion = (typeof RESULT_SUGGESTIONS)[number];

export const resultRuleSchema = z.strictObject({
  grade: z.enum(['excellent', 'good', 'fair', 'poor']),
  /** A score band inside the grade that overrides the grade's own rule: lower bound, inclusive. */
  minScore: decimalString.optional(),
  /** Upper bound of the band, exclusive. */
  belowScore: decimalString.optional(),
  suggestion: z.enum(RESULT_SUGGESTIONS),
  /** Change of next year's budget in percent of this year's 全年预算数 (−10 → 核减 10%); −100 to 100. */
  changePercent: decimalString,
});
export type ResultRule = z.infer<typeof resultRuleSchema>;

export const resultsApplicationSchema = z.strictObject({
  /** Decimals of the suggested change in 万元 (rounded once, in the rule set's rounding mode). */
  amountPlaces: z.number().int().min(0).max(6).default(2),
  /** One rule per grade without a band, plus any banded rules that override it within the grade. */
  rules: z.array(resultRuleSchema).min(1),
});
export type ResultsApplicationRules = z.infer<typeof resultsApplicationSchema>;
export type ResultsApplicationRulesInput = z.input<typeof resultsApplicationSchema>;

/** The practice defaults [P] (达州商务局; percentages as examples): 优 0%, 良 0%, 中 −10%, 差 −100%. */
export const DEFAULT_RESULTS_APPLICATION: ResultsApplicationRules = resultsApplicationSchema.parse({
  rules: [
    { grade: 'excellent', suggestion: 'prioritise', changePercent: '0' },
    { grade: 'good', suggestion: 'asNeeded', changePercent: '0' },
    { grade: 'fair', suggestion: 'reduce', changePercent: '-10' },
    { grade: 'poor', suggestion: 'cancelOrSuspend', changePercent: '-100' },
  ],
});
