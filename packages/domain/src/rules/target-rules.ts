import { z } from 'zod';
import { decimalString } from '../model/decimal-schema';

/**
 * Target-setting (绩效目标管理) rules of a region, as rule-set data (88号, 101号; domain-rules.md §4).
 * Which 一级 blocks a declaration must have follows the rule set's blocks unless listed here (101号
 * adds 成本指标 as its own 一级; some provinces put 成本 under 产出).
 */
export const targetRulesSchema = z.strictObject({
  /** Block keys a declaration must fill; absent: every block with a weight. */
  requiredBlocks: z.array(z.string().min(1)).optional(),
  /** A target that last year's actual already reaches by this ratio or more is set too low. */
  tooLowRatio: decimalString.default('1.2'),
  /** Every indicator names its value basis (101号). */
  basisRequired: z.boolean().default(true),
});
export type TargetRules = z.infer<typeof targetRulesSchema>;
