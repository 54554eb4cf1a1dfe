import type { Decimal, Finding, ScoreResult } from '@jixiao/domain';
import { gradeBandSchema, scoredTotal } from '@jixiao/domain';
import { auditFindingJsonSchema } from '@jixiao/formats';
import { z } from 'zod';
import type { Same } from './same-type';

/**
 * The score and the findings of a stored evaluation as the API sends them: the domain's `ScoreResult` and
 * `Finding` with every Decimal written as a decimal string (what Decimal's toJSON gives). The schemas are
 * checked against the domain types below, so a field added to the domain fails to compile here until the
 * API describes it.
 */

/** A domain value as JSON: Decimals become decimal strings, everything else keeps its shape. */
export type Wire<T> = T extends Decimal
  ? string
  : T extends readonly (infer Item)[]
    ? Wire<Item>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

const decimal = z.string().describe('十进制字符串');
const localized = z.object({ zh: z.string(), en: z.string() });
const basis = z.enum(['rule', 'tier', 'coefficient', 'manual', 'missing']);

const executionSchema = z.object({
  weight: decimal,
  denominatorField: z.enum(['adjustedBudget', 'initialBudget', 'fundsArrived']),
  budget: decimal.optional(),
  executed: decimal.optional(),
  rate: decimal.optional().describe('执行数 / 预算数（小数，未舍入）'),
  ratePercent: decimal.optional().describe('执行率（百分数，按规则集舍入）'),
  score: decimal,
  basis,
  explanation: localized,
});

const scoredIndicatorSchema = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  level1: z.string(),
  level2: z.string().optional(),
  name: z.string(),
  block: z.string().nullable(),
  part: z.string().optional(),
  weight: decimal,
  score: decimal,
  scoreRate: decimal,
  ruleScore: decimal.optional(),
  basis,
  outcome: z.enum(['met', 'exceeded', 'partlyMet', 'notMet', 'unknown']),
  completion: decimal.optional(),
  tierCheck: z
    .object({
      tier: z.enum(['met', 'partlyMet', 'notMet']),
      min: decimal,
      max: decimal,
      maxInclusive: z.boolean(),
      within: z.boolean(),
    })
    .optional(),
  partTagged: z.boolean().optional(),
  explanation: localized,
});

const partSchema = z.object({
  key: z.string(),
  label: z.string(),
  weight: decimal,
  indicatorWeight: decimal,
  score: decimal,
  indicatorCount: z.number().int(),
});

const blockSchema = partSchema.extend({
  weight: decimal.optional(),
  parts: z.array(partSchema).optional(),
  partsTagged: z.boolean().optional(),
});

export const scoreResultSchema = z
  .object({
    ruleSet: z.object({ id: z.string(), version: z.string(), name: z.string() }),
    execution: executionSchema,
    indicators: z.array(scoredIndicatorSchema),
    blocks: z.array(blockSchema),
    indicatorScore: decimal,
    indicatorWeight: decimal,
    totalScore: decimal.nullable().describe('总分；未评分时为 null'),
    scored: z
      .boolean()
      .describe('能否计算总分；false 时 totalScore 与 grade 为 null，unscoredReason 说明原因'),
    unscoredReason: z
      .enum(['noIndicators', 'noIndicatorData'])
      .optional()
      .describe('未评分的原因：没有绩效指标，或绩效指标均缺少计分数据'),
    grade: z.object({ key: gradeBandSchema.shape.key, label: z.string() }).nullable(),
    explanation: localized,
  })
  .meta({ id: 'ScoreResult' });

/** A finding of the engine's checks: the audit finding's common part, with the message in both languages. */
export const findingSchema = auditFindingJsonSchema
  .pick({ code: true, severity: true, location: true, expected: true, actual: true, numbers: true })
  .extend({ message: localized })
  .meta({ id: 'Finding' });

// Compile only while each schema describes exactly the domain type it sends.
// The one difference: an unscored evaluation sends no total (null), not the sum of the parts scored.
true satisfies Same<
  z.output<typeof scoreResultSchema>,
  Omit<Wire<ScoreResult>, 'totalScore'> & { totalScore: string | null }
>;
true satisfies Same<z.output<typeof findingSchema>, Finding>;

/** The score as JSON, checked against its schema (Decimal's toJSON writes the decimal strings). */
export function scoreResultJson(result: ScoreResult): z.output<typeof scoreResultSchema> {
  const json: unknown = JSON.parse(JSON.stringify(result));
  const totalScore = scoredTotal(result)?.toJSON() ?? null;
  return scoreResultSchema.parse(typeof json === 'object' ? { ...json, totalScore } : json);
}
