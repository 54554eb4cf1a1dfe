import { z } from 'zod';

/** Where a rectification item (整改事项) comes from; the deadline and the ledger's 来源 column read it. */
export const RECTIFICATION_SOURCES = ['finding', 'audit', 'return', 'monitoring', 'manual'] as const;
export type RectificationSourceKind = (typeof RECTIFICATION_SOURCES)[number];

const days = z.number().int().min(1).max(366);

/**
 * 整改 rules of a region, as rule-set data (domain-rules.md §6). The one timing found is a provincial rule:
 * results and rectification requirements go out within 20 days, the unit answers within 30 days of receipt.
 * So by default an item raised from a finished evaluation (a check finding, an audit finding, one entered by
 * hand) is due 30 days after it is raised, and one from a step still under way (a review return, a 重点监控
 * trigger, where the year's money is still being spent) in 20. A region overrides any of them.
 */
export const rectificationRulesSchema = z.strictObject({
  /** Days from the day an item is raised to its deadline, per source. */
  deadlineDays: z
    .strictObject({
      finding: days.default(30),
      audit: days.default(30),
      return: days.default(20),
      monitoring: days.default(20),
      manual: days.default(30),
    })
    .default({ finding: 30, audit: 30, return: 20, monitoring: 20, manual: 30 }),
});
export type RectificationRules = z.infer<typeof rectificationRulesSchema>;
export type RectificationRulesInput = z.input<typeof rectificationRulesSchema>;
