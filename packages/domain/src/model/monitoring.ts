import { z } from 'zod';
import { decimalString, nonNegativeDecimal } from './decimal-schema';
import { EVALUATION_KINDS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, TIERS, targetSchema } from './evaluation';

/**
 * A monitoring report (绩效目标执行监控表, 财预〔2019〕136号, "双监控") as plain data: for one project
 * (or the unit as a whole) and one monitoring period (1–7月 by default; the rule set says which), what
 * was spent to date and is expected for the year, and per indicator the progress to date, the expected
 * annual result, the causes of any deviation by category and the likelihood of reaching the target.
 * The computed figures (时序进度, 执行进度, lights) are not stored: `monitorReport` derives them.
 */

const shortName = z.string().trim().min(1, 'value.empty').max(MAX_NAME_LENGTH, 'value.nameTooLong');
const label = z.string().max(MAX_NAME_LENGTH, 'value.nameTooLong');
const prose = z.string().max(MAX_TEXT_LENGTH, 'value.textTooLong');

/** 偏差原因分析 categories of the form. */
export const DEVIATION_CAUSES = ['funding', 'institution', 'staffing', 'hardware', 'other'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];
export const DEVIATION_CAUSE_LABEL: Record<DeviationCause, string> = {
  funding: '经费保障',
  institution: '制度保障',
  staffing: '人员保障',
  hardware: '硬件条件保障',
  other: '其他',
};

/** 完成目标可能性. */
export const LIKELIHOODS = ['certain', 'possible', 'impossible'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
export const LIKELIHOOD_LABEL: Record<Likelihood, string> = {
  certain: '确定能',
  possible: '有可能',
  impossible: '完全不可能',
};

/** One row of the funds part: 年初预算数 (or 全年预算数), 执行数 to date, 全年预计执行数. */
export const monitoredFundsRowSchema = z.object({
  budget: nonNegativeDecimal.optional(),
  executed: nonNegativeDecimal.optional(),
  expectedAnnual: nonNegativeDecimal.optional(),
});
export type MonitoredFundsRow = z.infer<typeof monitoredFundsRowSchema>;

export const monitoredIndicatorSchema = z.object({
  id: label.optional(),
  level1: shortName,
  level2: label.optional(),
  name: shortName,
  /** 年度指标值 in force (the adjusted one when a target was adjusted). */
  target: targetSchema,
  /** Progress to date (1–7月执行情况): a number, or a tier and text for qualitative targets. */
  progress: z
    .object({ value: decimalString.optional(), text: prose.optional(), tier: z.enum(TIERS).optional() })
    .default({}),
  /** 全年预计完成情况. */
  expectedAnnual: z.object({ value: decimalString.optional(), text: prose.optional() }).default({}),
  /** 偏差原因分析 by category: the text the unit wrote under each. */
  deviation: z.partialRecord(z.enum(DEVIATION_CAUSES), prose).default({}),
  likelihood: z.enum(LIKELIHOODS).optional(),
  measures: prose.optional(),
  remark: prose.optional(),
});
export type MonitoredIndicator = z.infer<typeof monitoredIndicatorSchema>;

/** The finance bureau's follow-up (是否需要整改, 整改要求和建议, 整改结果和结论). */
export const financeFollowUpSchema = z.object({
  rectificationNeeded: z.boolean().optional(),
  requirement: prose.optional(),
  result: prose.optional(),
});

export const monitoringReportSchema = z.object({
  format: z.literal('jixiao.monitoring').default('jixiao.monitoring'),
  schemaVersion: z.literal(1).default(1),
  kind: z.enum(EVALUATION_KINDS),
  fiscalYear: z.number().int('year.notInteger').min(2000, 'year.tooEarly').max(2100, 'year.tooLate'),
  ruleSet: z.string().min(1).default('mof-2020'),
  amountUnit: z.enum(['yuan', 'wanYuan']).default('wanYuan'),
  /** Months covered, from January: 7 for 1–7月. Absent: the rule set's period. */
  throughMonth: z.number().int().min(1).max(12).optional(),
  /** 1 for the regular round, 2 for the second round (二次监控) of what the first flagged. */
  round: z.union([z.literal(1), z.literal(2)]).default(1),
  unit: z.object({
    name: shortName,
    code: label.optional(),
    department: label.optional(),
    departmentCode: label.optional(),
  }),
  project: z
    .object({ name: shortName, code: label.optional(), implementingUnit: label.optional() })
    .optional(),
  funds: z.object({
    total: monitoredFundsRowSchema,
    fiscalAppropriation: monitoredFundsRowSchema.optional(),
    otherFunds: monitoredFundsRowSchema.optional(),
  }),
  goals: z.object({ annual: prose.optional(), progress: prose.optional() }).default({}),
  indicators: z.array(monitoredIndicatorSchema).default([]),
  financeFollowUp: financeFollowUpSchema.optional(),
  meta: z
    .object({
      source: prose.optional(),
      demo: z.boolean().optional(),
      preparedBy: label.optional(),
      reportDate: label.optional(),
    })
    .default({}),
});

export type MonitoringReport = z.infer<typeof monitoringReportSchema>;
export type MonitoringReportInput = z.input<typeof monitoringReportSchema>;
