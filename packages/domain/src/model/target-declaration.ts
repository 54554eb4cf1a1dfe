import { z } from 'zod';
import { nonNegativeDecimal, positiveDecimal } from './decimal-schema';
import { EVALUATION_KINDS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, targetSchema } from './evaluation';

/**
 * The performance-target declaration (绩效目标申报表, 财预〔2015〕88号) as plain data, for both forms:
 * 项目支出绩效目标申报表 (`project`) and 部门（单位）整体支出绩效目标申报表 (`unitWide`). One
 * declaration per project (or unit) and fiscal year; its indicators are the targets the year's
 * monitoring and self-evaluation are measured against. Amounts are decimal strings in `amountUnit`.
 * A target is written exactly as in the evaluation (`targetSchema`: comparator, value, unit, text), so
 * the one reader of official wording reads both.
 */

const shortName = z.string().trim().min(1, 'value.empty').max(MAX_NAME_LENGTH, 'value.nameTooLong');
const label = z.string().max(MAX_NAME_LENGTH, 'value.nameTooLong');
const prose = z.string().max(MAX_TEXT_LENGTH, 'value.textTooLong');

export const DECLARATION_KINDS = EVALUATION_KINDS;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DECLARATION_KIND_LABEL: Record<DeclarationKind, string> = {
  project: '项目支出绩效目标申报表',
  unitWide: '部门（单位）整体支出绩效目标申报表',
};

/** 项目属性. */
export const PROJECT_ATTRIBUTES = ['new', 'continuing'] as const;
export type ProjectAttribute = (typeof PROJECT_ATTRIBUTES)[number];
export const PROJECT_ATTRIBUTE_LABEL: Record<ProjectAttribute, string> = {
  new: '新增项目',
  continuing: '延续项目',
};

/** 指标值设定依据 (88号 绩效标准; 101号 requires one per indicator). */
export const VALUE_BASES = ['plan', 'industry', 'history', 'other'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];
export const VALUE_BASIS_LABEL: Record<ValueBasis, string> = {
  plan: '计划标准',
  industry: '行业标准',
  history: '历史标准',
  other: '其他标准',
};

/** 资金总额 and its 其中 rows, as the 申报表 lists them (中期 or 年度). */
export const declaredFundsSchema = z.object({
  total: nonNegativeDecimal.optional(),
  fiscalAppropriation: nonNegativeDecimal.optional(),
  otherFunds: nonNegativeDecimal.optional(),
});
export type DeclaredFunds = z.infer<typeof declaredFundsSchema>;

/**
 * A mid-year adjustment (调整指标值) made through procedure: the new target with its reason. The
 * original `target` stays as it was approved; the self-evaluation measures against the adjusted one.
 */
export const targetAdjustmentSchema = z.object({
  target: targetSchema,
  reason: z.string().trim().min(1, 'value.empty').max(MAX_TEXT_LENGTH, 'value.textTooLong'),
  /** ISO date the adjustment was approved, filled in by the workflow. */
  approvedOn: label.optional(),
});
export type TargetAdjustment = z.infer<typeof targetAdjustmentSchema>;

/** One 三级 indicator of the declaration with its 一级/二级 path. */
export const declaredIndicatorSchema = z.object({
  id: label.optional(),
  level1: shortName,
  level2: label.optional(),
  name: shortName,
  /** 分值 the indicator carries into the self-evaluation. */
  weight: positiveDecimal,
  /** 年度指标值 (年初). */
  target: targetSchema,
  /** 中期指标值, for projects that run over several years. */
  midTermTarget: targetSchema.optional(),
  basis: z.enum(VALUE_BASES).optional(),
  /** What the basis is (the plan, the standard, last year's figure). */
  basisNote: prose.optional(),
  /** ★ 核心绩效指标 (101号). */
  core: z.boolean().default(false),
  /** The indicator-library entry it was taken from; absent for an indicator typed freely. */
  libraryId: label.optional(),
  adjustment: targetAdjustmentSchema.optional(),
  remark: prose.optional(),
});
export type DeclaredIndicator = z.infer<typeof declaredIndicatorSchema>;

/** 年度主要任务 of a 部门整体 declaration: the task and the money behind it. */
export const mainTaskSchema = z.object({
  name: shortName,
  content: prose.optional(),
  budget: declaredFundsSchema,
});
export type MainTask = z.infer<typeof mainTaskSchema>;

export const targetDeclarationSchema = z.object({
  format: z.literal('jixiao.targets').default('jixiao.targets'),
  schemaVersion: z.literal(1).default(1),
  kind: z.enum(DECLARATION_KINDS),
  fiscalYear: z.number().int('year.notInteger').min(2000, 'year.tooEarly').max(2100, 'year.tooLate'),
  ruleSet: z.string().min(1).default('mof-2020'),
  amountUnit: z.enum(['yuan', 'wanYuan']).default('wanYuan'),
  unit: z.object({
    name: shortName,
    code: label.optional(),
    /** 主管部门 (and its code, "主管部门及代码"). */
    department: label.optional(),
    departmentCode: label.optional(),
    region: z.object({ code: label.optional(), name: label.optional() }).optional(),
  }),
  project: z
    .object({
      name: shortName,
      code: label.optional(),
      implementingUnit: label.optional(),
      attribute: z.enum(PROJECT_ATTRIBUTES).optional(),
      /** 项目期: first and last year, or the text the form gives ("3年"). */
      periodFrom: z.number().int().min(2000).max(2100).optional(),
      periodTo: z.number().int().min(2000).max(2100).optional(),
      periodText: label.optional(),
      /** 项目类别 for the indicator library (科普, 科技项目, 教育 …): a library category key. */
      category: label.optional(),
    })
    .optional(),
  funds: z.object({
    midTerm: declaredFundsSchema.optional(),
    annual: declaredFundsSchema,
  }),
  goals: z.object({
    midTerm: prose.optional(),
    annual: prose.optional(),
  }),
  /** 年度主要任务 (部门整体 only). */
  mainTasks: z.array(mainTaskSchema).default([]),
  indicators: z.array(declaredIndicatorSchema).default([]),
  meta: z
    .object({
      source: prose.optional(),
      demo: z.boolean().optional(),
      preparedBy: label.optional(),
      reportDate: label.optional(),
    })
    .default({}),
});

export type TargetDeclaration = z.infer<typeof targetDeclarationSchema>;
export type TargetDeclarationInput = z.input<typeof targetDeclarationSchema>;

/** The 年度指标值 in force: the adjusted one once an adjustment was approved, else the one declared. */
export function targetInForce(
  indicator: Pick<DeclaredIndicator, 'target' | 'adjustment'>,
): DeclaredIndicator['target'] {
  return indicator.adjustment?.approvedOn === undefined ? indicator.target : indicator.adjustment.target;
}
