import { z } from 'zod';
import { decimalString } from '../model/decimal-schema';

/**
 * Monitoring (运行监控) rules of a region, as rule-set data. No national numeric threshold exists
 * (domain-rules.md §3): the defaults are the practice values — period 1–7月 (136号 "in principle"),
 * lights of the 合肥 vendor configuration, triggers of 吉林 2024 — and a region overrides any of them.
 */
export const monitoringRulesSchema = z.strictObject({
  /** Months covered by the regular round, from January (7 → 1–7月). */
  throughMonth: z.number().int().min(1).max(12).default(7),
  /**
   * Lights for positive indicators by progress % = actual ÷ (target ÷ 12 × months) × 100:
   * red < redBelow ≤ yellow < yellowBelow ≤ green < greenBelow ≤ blue.
   */
  lights: z
    .strictObject({
      redBelow: decimalString.default('60'),
      yellowBelow: decimalString.default('80'),
      greenBelow: decimalString.default('120'),
    })
    .default({ redBelow: '60', yellowBelow: '80', greenBelow: '120' }),
  /** What puts a project on the 重点监控 list. */
  triggers: z
    .strictObject({
      /** 资金执行率 = 0 at the end of the period. */
      zeroExecution: z.boolean().default(true),
      /** A quantity indicator (二级 数量指标) behind its time-proportional target by more than this percent; absent: off. */
      quantityBehindPercent: decimalString.optional(),
      /** Any red light. */
      redLight: z.boolean().default(true),
    })
    .default({ zeroExecution: true, quantityBehindPercent: '30', redLight: true }),
  /** The second round (二次监控) for flagged projects; absent: none. */
  secondRound: z.strictObject({ throughMonth: z.number().int().min(1).max(12) }).optional(),
});
export type MonitoringRules = z.infer<typeof monitoringRulesSchema>;
export type MonitoringRulesInput = z.input<typeof monitoringRulesSchema>;
