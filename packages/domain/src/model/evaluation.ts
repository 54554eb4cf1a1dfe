import { z } from 'zod';
import { count, decimalString, nonNegativeDecimal, positiveDecimal } from './decimal-schema';

/**
 * The self-evaluation (绩效自评) as plain data, for both kinds the forms know:
 * 项目支出 (`project`, one project) and 部门（单位）整体支出 (`unitWide`, a whole unit).
 * Field names follow the glossary; every amount is a decimal string in `amountUnit`.
 * "stated*" fields hold what a document claims, so that checks can compare it with what the rules give.
 */

export const EVALUATION_KINDS = ['project', 'unitWide'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_KIND_LABEL: Record<EvaluationKind, string> = {
  project: '项目支出绩效自评',
  unitWide: '部门（单位）整体支出绩效自评',
};

/** Names, codes and labels stay under MAX_NAME_LENGTH; narratives and explanations under MAX_TEXT_LENGTH. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;
const shortName = z.string().trim().min(1, 'value.empty').max(MAX_NAME_LENGTH, 'value.nameTooLong');
const label = z.string().max(MAX_NAME_LENGTH, 'value.nameTooLong');
const prose = z.string().max(MAX_TEXT_LENGTH, 'value.textTooLong');
const text = z.string().trim().min(1, 'value.empty').max(MAX_TEXT_LENGTH, 'value.textTooLong');

/** 年初预算数 / 全年预算数 / 全年执行数 of one row of the funds table; 实际到位资金 when known. */
export const fundsRowSchema = z.object({
  initialBudget: nonNegativeDecimal.optional(),
  adjustedBudget: nonNegativeDecimal.optional(),
  executed: nonNegativeDecimal.optional(),
  fundsArrived: nonNegativeDecimal.optional(),
});
export type FundsRow = z.infer<typeof fundsRowSchema>;

/** 年度资金总额 and its 其中 rows. */
export const fundsSchema = z.object({
  total: fundsRowSchema,
  fiscalAppropriation: fundsRowSchema.optional(),
  priorYearCarryover: fundsRowSchema.optional(),
  otherFunds: fundsRowSchema.optional(),
});
export type Funds = z.infer<typeof fundsSchema>;
export const FUNDS_ROW_KEYS = ['fiscalAppropriation', 'priorYearCarryover', 'otherFunds'] as const;
export const FUNDS_ROW_LABEL = {
  total: '年度资金总额',
  fiscalAppropriation: '其中：财政拨款',
  priorYearCarryover: '其中：上年结转',
  otherFunds: '其中：其他资金',
} as const;

/** A score set by a person instead of the rule (no target given, over-achievement reduction…). Always with its reason. */
export const manualScoreSchema = z.object({
  score: nonNegativeDecimal,
  reason: text,
});
export type ManualScore = z.infer<typeof manualScoreSchema>;

export const INCOME_SOURCES = [
  'fiscalAppropriation',
  'priorYearCarryover',
  'governmentFund',
  'businessIncome',
  'otherIncome',
] as const;
export const INCOME_SOURCE_LABEL: Record<(typeof INCOME_SOURCES)[number], string> = {
  fiscalAppropriation: '财政拨款收入',
  priorYearCarryover: '上年结转',
  governmentFund: '政府性基金预算拨款收入',
  businessIncome: '事业收入',
  otherIncome: '其他收入',
};

/** One line of a breakdown as the document lists it, with the share (占比, in percent) it states, if any. */
const breakdownLine = {
  name: shortName,
  amount: decimalString,
  statedShare: decimalString.optional(),
};

export const incomeSchema = z.object({
  statedTotal: decimalString.optional(),
  items: z.array(z.object({ ...breakdownLine, source: z.enum(INCOME_SOURCES) })).default([]),
});

export const expenditureSchema = z.object({
  statedTotal: decimalString.optional(),
  byType: z.array(z.object({ ...breakdownLine, type: z.enum(['basic', 'project']) })).default([]),
  byFunction: z.array(z.object(breakdownLine)).default([]),
  /** Where money spent above income came from (上年结余, 专户资金…); without it spending > income is flagged. */
  sourceOfExcess: prose.optional(),
});

/** 支出预算 as planned: total and its 基本支出 / 项目支出 split. */
export const expenditureBudgetSchema = z.object({
  total: decimalString.optional(),
  basic: decimalString.optional(),
  project: decimalString.optional(),
});

export const threePublicAmountsSchema = z.object({
  total: decimalString.optional(),
  overseasTravel: decimalString.optional(),
  officialReception: decimalString.optional(),
  officialVehicles: decimalString.optional(),
  vehiclePurchase: decimalString.optional(),
  vehicleOperation: decimalString.optional(),
});
export type ThreePublicAmounts = z.infer<typeof threePublicAmountsSchema>;

export const threePublicExpensesSchema = z.object({
  budget: threePublicAmountsSchema.optional(),
  actual: threePublicAmountsSchema.optional(),
  priorYearActual: threePublicAmountsSchema.optional(),
  counts: z
    .object({
      overseasGroups: count.optional(),
      overseasPeople: count.optional(),
      receptionBatches: count.optional(),
      receptionVisitors: count.optional(),
      vehiclesPurchased: count.optional(),
      vehiclesDisposed: count.optional(),
      vehiclesHeld: count.optional(),
    })
    .default({}),
  explanation: prose.optional(),
});

/** 结转结余 at the start and end of the year, with the unit's explanation. */
export const carryoverSchema = z.object({
  opening: nonNegativeDecimal.optional(),
  closing: nonNegativeDecimal.optional(),
  explanation: prose.optional(),
});

export const staffSchema = z.object({
  authorized: count.optional(),
  actual: count.optional(),
  retired: count.optional(),
});

export const COMPARATORS = ['>=', '<=', '=', 'qualitative'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_LABEL: Record<Comparator, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  qualitative: '定性',
};

export const TIERS = ['met', 'partlyMet', 'notMet'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABEL: Record<Tier, string> = {
  met: '达成年度指标',
  partlyMet: '部分达成年度指标并具有一定效果',
  notMet: '未达成年度指标且效果较差',
};

/**
 * 年度指标值: comparator + value + unit ("≥150家"), or a qualitative description ("效果明显"). A
 * comparator left blank stays absent: the row is kept and saved as entered, and the check
 * `indicator.comparator-missing` reports it (an error before submission, never a refusal to save).
 */
export const targetSchema = z.object({
  comparator: z.enum(COMPARATORS).optional(),
  value: decimalString.optional(),
  text: prose.optional(),
  unit: label.optional(),
});
export type Target = z.infer<typeof targetSchema>;

/** 实际完成值: a number for quantitative targets, a tier (and text) for qualitative ones. */
export const actualSchema = z.object({
  value: decimalString.optional(),
  text: prose.optional(),
  tier: z.enum(TIERS).optional(),
});

/** One 三级 indicator row with its 一级/二级 path; the tree is these rows grouped in order. */
export const indicatorSchema = z.object({
  id: label.optional(),
  level1: shortName,
  level2: label.optional(),
  name: shortName,
  weight: positiveDecimal,
  target: targetSchema.optional(),
  actual: actualSchema.optional(),
  /** 得分 as stated on the sheet; for qualitative indicators this is the score the unit chose within its tier. */
  score: nonNegativeDecimal.optional(),
  /** 得分系数 (Chongqing): score = weight × coefficient. */
  scoreCoefficient: nonNegativeDecimal.optional(),
  manualScore: manualScoreSchema.optional(),
  /** 得分率 as printed, in percent. */
  statedScoreRate: decimalString.optional(),
  deviationReason: prose.optional(),
  improvementMeasure: prose.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const goalSchema = z.object({ expected: text, actual: prose.optional() });

export const NARRATIVE_SECTIONS = [
  'organisation',
  'projectOverview',
  'budgetOverview',
  'goalsOverview',
  'evaluationPurpose',
  'evaluationPrinciples',
  'evaluationMethod',
  'evaluationProcess',
  /** 主要绩效: what the unit achieved in the year, in its own words (部门整体 reports give it a section). */
  'performance',
  'conclusion',
  'indicatorAnalysis',
  'experience',
  'problems',
  'suggestions',
  /** 结果应用情况: how last year's results were used (整改, 预算安排, 公开). */
  'resultApplication',
  'other',
] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export const NARRATIVE_SECTION_LABEL: Record<NarrativeSection, string> = {
  organisation: '机构、职能及人员情况',
  projectOverview: '项目概况',
  budgetOverview: '预算及支出情况',
  goalsOverview: '绩效目标',
  evaluationPurpose: '绩效评价目的、对象和范围',
  evaluationPrinciples: '绩效评价原则、评价指标体系',
  evaluationMethod: '评价方法和评价标准',
  evaluationProcess: '绩效评价工作过程',
  performance: '主要绩效',
  conclusion: '综合评价情况及评价结论',
  indicatorAnalysis: '绩效评价指标分析',
  experience: '主要经验及做法',
  problems: '存在的问题及原因分析',
  suggestions: '有关建议',
  resultApplication: '结果应用情况',
  other: '其他需要说明的问题',
};

/** What the document itself claims about results, compared against the computed values by the checks. */
export const statedResultsSchema = z.object({
  executionRate: decimalString.optional(),
  executionScore: decimalString.optional(),
  indicatorScore: decimalString.optional(),
  totalScore: decimalString.optional(),
  grade: label.optional(),
  blockScores: z
    .array(z.object({ block: shortName, score: decimalString, weight: decimalString.optional() }))
    .default([]),
  totalWeight: decimalString.optional(),
});

export const evaluationSchema = z.object({
  format: z.literal('jixiao.evaluation').default('jixiao.evaluation'),
  schemaVersion: z.literal(1).default(1),
  kind: z.enum(EVALUATION_KINDS),
  fiscalYear: z.number().int('year.notInteger').min(2000, 'year.tooEarly').max(2100, 'year.tooLate'),
  ruleSet: z.string().min(1).default('mof-2020'),
  amountUnit: z.enum(['yuan', 'wanYuan']).default('wanYuan'),
  unit: z.object({
    name: shortName,
    code: label.optional(),
    department: label.optional(),
    region: z.object({ code: label.optional(), name: label.optional() }).optional(),
  }),
  project: z
    .object({ name: shortName, code: label.optional(), implementingUnit: label.optional() })
    .optional(),
  funds: fundsSchema,
  /** The execution score set by hand (e.g. a report that gives only the score), with its basis. */
  executionManualScore: manualScoreSchema.optional(),
  expenditureBudget: expenditureBudgetSchema.optional(),
  income: incomeSchema.optional(),
  expenditure: expenditureSchema.optional(),
  threePublicExpenses: threePublicExpensesSchema.optional(),
  carryover: carryoverSchema.optional(),
  staff: staffSchema.optional(),
  goals: z.array(goalSchema).default([]),
  indicators: z.array(indicatorSchema).default([]),
  stated: statedResultsSchema.default({ blockScores: [] }),
  narrative: z.partialRecord(z.enum(NARRATIVE_SECTIONS), prose).default({}),
  meta: z
    .object({
      source: prose.optional(),
      demo: z.boolean().optional(),
      preparedBy: label.optional(),
      reportDate: label.optional(),
    })
    .default({}),
});

/** The evaluation after parsing (defaults filled in). */
export type Evaluation = z.infer<typeof evaluationSchema>;
/** The evaluation as written in a file (defaults may be missing). */
export type EvaluationInput = z.input<typeof evaluationSchema>;

/**
 * Who takes part in an evaluation (glossary: 单位填报人, 单位负责人, 主管部门审核人, 财政局审核人, 系统管理员).
 * The one list of roles: the server's access rules and the web app use it.
 */
export const ROLES = ['preparer', 'unitApprover', 'departmentReviewer', 'financeReviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Where each role is held: a preparer at a 单位, a department reviewer at a 主管部门… 系统管理员 everywhere (null). */
export const ROLE_ORGANISATION_KIND = {
  preparer: 'unit',
  unitApprover: 'unit',
  departmentReviewer: 'department',
  financeReviewer: 'financeBureau',
  admin: null,
} as const satisfies Record<Role, 'unit' | 'department' | 'financeBureau' | null>;
