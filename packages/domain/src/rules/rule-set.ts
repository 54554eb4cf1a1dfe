import { z } from 'zod';
import { decimalString, nonNegativeDecimal } from '../model/decimal-schema';
import { EVALUATION_KINDS } from '../model/evaluation';
import { ROUNDING_MODES } from '../money/rounding';
import { reviewChainSchema } from '../workflow/evaluation';
import { monitoringRulesSchema } from './monitoring-rules';
import { rectificationRulesSchema } from './rectification-rules';
import { resultsApplicationSchema } from './results-rules';
import { targetRulesSchema } from './target-rules';

/**
 * A rule set (评分规则集) is data: weights, formulas, rounding and grade bands, named and versioned,
 * with the source it follows. Adding a province is adding a file. Uncertain rules (domain-rules.md
 * [R]/[P]) are options here, never constants in code.
 */

/** A level-1 block (产出/效益/满意度…) and the 一级指标 labels that belong to it. */
export const blockSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][\w-]*$/, 'ruleSet.badBlockKey'),
  label: z.string().min(1),
  /** Points of the block; absent when the rule set fixes only the indicator total (e.g. 湖北 80). */
  weight: nonNegativeDecimal.optional(),
  /** 一级指标 labels matched to this block (exact after normalising spaces and the 指标 suffix); "*" matches any. */
  matches: z.array(z.string().min(1)).min(1),
  /** Sub-weights by 二级指标 (e.g. 北京 可持续影响 10 within 效益 30). */
  parts: z
    .array(
      z.strictObject({
        key: z.string().min(1),
        label: z.string().min(1),
        weight: nonNegativeDecimal,
        matches: z.array(z.string().min(1)).min(1),
      }),
    )
    .optional(),
});
export type Block = z.infer<typeof blockSchema>;

export const tierBandSchema = z.strictObject({
  tier: z.enum(['met', 'partlyMet', 'notMet']),
  /** Fractions of the weight: [min, max] with inclusiveness as the source states it. */
  min: decimalString,
  max: decimalString,
  maxInclusive: z.boolean(),
});

export const gradeBandSchema = z.strictObject({
  key: z.enum(['excellent', 'good', 'fair', 'poor']),
  label: z.string().min(1),
  /** Lower bound, inclusive; the upper bound is the next band's min (exclusive) or the total weight. */
  min: decimalString,
  /** Other ways documents write this grade (良好, 优秀…), accepted as the same grade. */
  aliases: z.array(z.string()).default([]),
});

export const ruleSetSchema = z.strictObject({
  format: z.literal('jixiao.ruleset').default('jixiao.ruleset'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ruleSet.badId'),
  version: z.string().min(1),
  name: z.string().min(1),
  description: z.string().min(1),
  source: z.string().min(1),
  /** English wording for --lang en and the English UI: name, description, source, and a gloss per label. */
  en: z
    .strictObject({
      name: z.string().min(1),
      description: z.string().min(1),
      source: z.string().min(1),
      labels: z.record(z.string(), z.string()).default({}),
    })
    .optional(),
  kinds: z.array(z.enum(EVALUATION_KINDS)).min(1),
  totalWeight: nonNegativeDecimal.default('100'),
  execution: z.strictObject({
    weight: nonNegativeDecimal,
    /** 全年预算数 (default), 年初预算数 (legacy 海淀 2016) or 实际到位资金 (部门/财政评价). */
    denominator: z.enum(['adjustedBudget', 'initialBudget', 'fundsArrived']).default('adjustedBudget'),
    /** Score from the rate as displayed (rounded) so the printed arithmetic can be redone by hand, or from the exact rate. */
    scoreFrom: z.enum(['roundedRate', 'exactRate']).default('roundedRate'),
  }),
  /** Points of all indicators together (total − execution); blocks with weights must add up to it. */
  indicatorWeight: nonNegativeDecimal,
  blocks: z.array(blockSchema).min(1),
  scoring: z.strictObject({
    /** ≤ targets: A/B × W (central table note) or linear to 0 at twice the target (合肥 vendor rule). */
    lowerIsBetter: z.enum(['ratio', 'linearToDouble']).default('ratio'),
    /** = targets: scored as ≥ (vendor rule) — with A = 0 all-or-nothing. */
    equal: z.enum(['asHigherIsBetter', 'exactOnly']).default('asHigherIsBetter'),
    /** Chongqing: indicator score = weight × 得分系数 when the row gives a coefficient. */
    useScoreCoefficient: z.boolean().default(false),
    qualitativeTiers: z.array(tierBandSchema).length(3),
    /** Actual ≥ ratio × target counts as far exceeded (target possibly set too low). */
    overAchievementRatio: decimalString.default('1.5'),
  }),
  rounding: z.strictObject({
    mode: z.enum(ROUNDING_MODES).default('halfUp'),
    /** Decimals of each indicator score and of the execution score. */
    scorePlaces: z.number().int().min(0).max(6).default(2),
    /** Decimals of percentages (执行率 42.42%). */
    ratePlaces: z.number().int().min(0).max(6).default(2),
  }),
  grades: z.array(gradeBandSchema).min(1),
  checks: z
    .strictObject({
      /** Red flag when indicator completion runs ahead of execution by more than this (percent). */
      redFlagThreshold: decimalString.default('5'),
      /** relative: (completion − execution) / completion (vendor rule); points: completion − execution. */
      redFlagBasis: z.enum(['relative', 'points']).default('relative'),
      /** Yellow flag when more than this percent of the budget is unspent. */
      unspentWarnPercent: decimalString.default('20'),
      /** Check codes switched off for this rule set. */
      disabled: z.array(z.string()).default([]),
    })
    .default({ redFlagThreshold: '5', redFlagBasis: 'relative', unspentWarnPercent: '20', disabled: [] }),
  /**
   * 审核流程 of the region: the review steps after submission, in order (sign → departmentReview →
   * financeReview); a region may leave steps out. Absent: all three (DEFAULT_REVIEW_CHAIN).
   */
  reviewChain: reviewChainSchema.optional(),
  /** 绩效目标 rules (declarations); absent: the defaults of `targetRulesSchema`. */
  targets: targetRulesSchema.optional(),
  /** 运行监控 rules; absent: the practice defaults of `monitoringRulesSchema`. */
  /** 结果应用 rules (grade → next year's budget suggestion); absent: DEFAULT_RESULTS_APPLICATION [P]. */
  resultsApplication: resultsApplicationSchema.optional(),
  monitoring: monitoringRulesSchema.optional(),
  /** 整改 rules (deadlines per source); absent: the defaults of `rectificationRulesSchema`. */
  rectification: rectificationRulesSchema.optional(),
  /**
   * 信息公开: who publishes approved evaluations and declarations — the finance bureau (财政局, the default)
   * or the department (主管部门) by local rule. Absent: the finance bureau.
   */
  publication: z
    .strictObject({ publisher: z.enum(['financeBureau', 'department']).default('financeBureau') })
    .optional(),
});

export type RuleSet = z.infer<typeof ruleSetSchema>;
/** Who publishes (信息公开) under a rule set: its `publication.publisher`, else the finance bureau. */
export type Publisher = 'financeBureau' | 'department';
export function publisherOf(ruleSet: {
  readonly publication?: { publisher: Publisher } | undefined;
}): Publisher {
  return ruleSet.publication?.publisher ?? 'financeBureau';
}
export type RuleSetInput = z.input<typeof ruleSetSchema>;
export type GradeKey = RuleSet['grades'][number]['key'];

/** One band of the qualitative tiers (达成 / 部分达成 / 未达成), as fractions of the weight. */
export type TierBand = RuleSet['scoring']['qualitativeTiers'][number];
export type GradeBand = RuleSet['grades'][number];
export type BlockPart = NonNullable<Block['parts']>[number];
