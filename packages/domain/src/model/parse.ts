import type { z } from 'zod';
import { type ErrorIssue, JixiaoError } from '../errors';
import type { Localized } from '../i18n/localized';
import { domainMessage, type Message } from '../messages';
import {
  COMPARATOR_LABEL,
  type Evaluation,
  evaluationSchema,
  INCOME_SOURCE_LABEL,
  NARRATIVE_SECTION_LABEL,
  TIER_LABEL,
} from './evaluation';

/**
 * The one way into the domain for an evaluation from outside (a JSON file, an HTTP body, a sheet
 * reader's result): validate with the schema and turn every problem into a located issue in zh and en,
 * so the user sees "绩效指标第 4 行「分值」：不能为负数" instead of a zod dump.
 */
export function parseEvaluation(input: unknown, source: { file?: string } = {}): Evaluation {
  const result = evaluationSchema.safeParse(input, { reportInput: true });
  const issues: ErrorIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => locatedIssue(issue.path, issueMessage(issue), input, source.file));
  if (result.success && result.data.kind === 'project' && !result.data.project) {
    const message = domainMessage('evaluation.projectNameRequired');
    issues.push(locatedIssue(['project', 'name'], message, input, source.file));
  }
  if (!result.success || issues.length > 0) {
    const count = issues.length;
    throw new JixiaoError(
      'INVALID_INPUT',
      source.file
        ? domainMessage('evaluation.invalidInFile', { file: source.file, count })
        : domainMessage('evaluation.invalid', { count }),
      issues,
    );
  }
  return result.data;
}

const TYPE_KEY = {
  string: 'type.string',
  number: 'type.number',
  int: 'type.int',
  boolean: 'type.boolean',
  object: 'type.object',
  array: 'type.array',
} as const;

/** The schema's own messages are keys of the domain table (decimal-schema.ts). */
const SCHEMA_KEYS = [
  'value.notDecimal',
  'value.decimalTooLong',
  'value.nameTooLong',
  'value.textTooLong',
  'value.negative',
  'value.notInteger',
  'value.notPositive',
  'value.empty',
  'value.badDate',
  'year.notInteger',
  'year.tooEarly',
  'year.tooLate',
  'ruleSet.badBlockKey',
  'ruleSet.badId',
  'ruleSet.badReviewChain',
  'library.badId',
  'library.noCategory',
  'library.notInTaxonomy',
  'library.quantitativeNeedsComparator',
  'library.quantitativeNeedsUnit',
  'library.qualitativeComparator',
] as const;
type SchemaKey = (typeof SCHEMA_KEYS)[number];
const isSchemaKey = (text: string): text is SchemaKey => SCHEMA_KEYS.some((k) => k === text);

/** The words a person knows for the options of the model's lists ("≥", "万元"), not their codes (">=", "wanYuan"). */
const OPTION_WORDS: Record<string, Localized> = {
  '>=': { zh: COMPARATOR_LABEL['>='], en: COMPARATOR_LABEL['>='] },
  '<=': { zh: COMPARATOR_LABEL['<='], en: COMPARATOR_LABEL['<='] },
  '=': { zh: COMPARATOR_LABEL['='], en: COMPARATOR_LABEL['='] },
  qualitative: { zh: COMPARATOR_LABEL.qualitative, en: 'qualitative' },
  yuan: { zh: '元', en: 'yuan' },
  wanYuan: { zh: '万元', en: '10,000 yuan' },
  project: { zh: '项目支出', en: 'project' },
  unitWide: { zh: '部门（单位）整体支出', en: 'whole unit' },
  met: { zh: TIER_LABEL.met, en: 'met' },
  partlyMet: { zh: TIER_LABEL.partlyMet, en: 'partly met' },
  notMet: { zh: TIER_LABEL.notMet, en: 'not met' },
  basic: { zh: '基本支出', en: 'basic expenditure' },
  ...Object.fromEntries(Object.entries(INCOME_SOURCE_LABEL).map(([k, v]) => [k, { zh: v, en: k }])),
};

function optionWord(value: unknown, lang: 'zh' | 'en'): string {
  const key = String(value);
  return Object.hasOwn(OPTION_WORDS, key) ? (OPTION_WORDS[key] as Localized)[lang] : key;
}

const bound = (n: number | bigint) => ({ zh: String(n), en: String(n) });

/**
 * Every kind of schema issue as a sentence a preparer understands, in zh and en: what to fill in, never
 * a type name, a code or a word of JSON ("须填写数字，例如 1209.56", "须从以下选择：≥、≤、=、定性").
 * The browser's checks and the server's validation both word their issues here.
 */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  const list = domainMessage('list.separator');
  if (isSchemaKey(issue.message)) return domainMessage(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return domainMessage('value.missing');
      if (issue.expected === 'string' && typeof issue.input === 'number')
        return domainMessage('value.numberAsString');
      const key = TYPE_KEY[issue.expected as keyof typeof TYPE_KEY];
      return key
        ? domainMessage('value.wrongType', { type: domainMessage(key) })
        : domainMessage('value.badFormat');
    }
    case 'invalid_value': {
      const words = (lang: 'zh' | 'en') => issue.values.map((v) => optionWord(v, lang)).join(list.text[lang]);
      return domainMessage('value.oneOf', { values: { zh: words('zh'), en: words('en') } });
    }
    case 'unrecognized_keys':
      return domainMessage('value.unknownFields', {
        keys: { zh: issue.keys.join(list.text.zh), en: issue.keys.join(list.text.en) },
      });
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'string') return domainMessage('value.tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return domainMessage('value.tooFew', { min });
      return domainMessage(issue.inclusive === false ? 'value.greaterThan' : 'value.tooSmall', { min });
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'string') return domainMessage('value.tooLong', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return domainMessage('value.tooMany', { max });
      return domainMessage(issue.inclusive === false ? 'value.lessThan' : 'value.tooBig', { max });
    }
    case 'not_multiple_of':
      return domainMessage('value.notMultiple', { step: bound(issue.divisor) });
    case 'invalid_format':
      return domainMessage('value.badFormat');
    default:
      return domainMessage('value.invalid');
  }
}

/** An issue at a field path, labelled for a person (in `labels`' words: the evaluation's by default). */
export function locatedIssue(
  path: readonly PropertyKey[],
  message: Message,
  input: unknown,
  file: string | undefined,
  labels?: LabelTree,
): ErrorIssue {
  const label = labelForPath(path, input, labels);
  const location = { path: formatPath(path), label, ...(file ? { file } : {}) };
  return { message, location };
}

/** ["indicators", 3, "weight"] → "indicators[3].weight". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

const NARRATIVE_SECTION_EN: Record<string, string> = {
  organisation: 'organisation, functions and staff',
  projectOverview: 'project overview',
  budgetOverview: 'budget and spending',
  goalsOverview: 'performance goals',
  evaluationPurpose: 'purpose, object and scope of the evaluation',
  evaluationPrinciples: 'principles and indicator system',
  evaluationMethod: 'methods and standards',
  evaluationProcess: 'evaluation process',
  performance: 'main results',
  conclusion: 'overall evaluation and conclusion',
  indicatorAnalysis: 'indicator analysis',
  experience: 'main experience and practice',
  problems: 'problems and their causes',
  suggestions: 'recommendations',
  resultApplication: 'use of the results',
  other: 'other matters',
};

/**
 * A finding's place in both languages: the Chinese label its check wrote, and the English one worded
 * from its field path as parseEvaluation words it ("indicators row 9 "score rate"").
 */
export function locationLabel(location: { path: string; label: string }): Localized {
  return { zh: location.label, en: labelForPath(parsePath(location.path)).en };
}

/** "indicators[3].weight" → ["indicators", 3, "weight"]: the inverse of formatPath. */
export function parsePath(path: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (index !== undefined) out.push(Number(index));
    else if (key !== undefined) out.push(key);
  }
  return out;
}

export interface LabelNode {
  label: Localized;
  /** Word for one element when the field is a list ("行", "项", "条"). */
  item?: Localized;
  fields?: Record<string, LabelNode>;
}

export const leaf = (zh: string, en: string): LabelNode => ({ label: { zh, en } });

/**
 * The words for the fields of one kind of document, and what the whole of it is called. The
 * evaluation's is the default; a target declaration brings its own (targets/labels.ts).
 */
export interface LabelTree {
  fields: Record<string, LabelNode>;
  whole: Message;
}

const FUNDS_ROW_FIELDS: Record<string, LabelNode> = {
  initialBudget: leaf('年初预算数', 'initial budget'),
  adjustedBudget: leaf('全年预算数', 'full-year budget'),
  executed: leaf('全年执行数', 'full-year execution'),
  fundsArrived: leaf('实际到位资金', 'funds received'),
};
const MANUAL_SCORE_FIELDS: Record<string, LabelNode> = {
  score: leaf('得分', 'score'),
  reason: leaf('理由', 'reason'),
};
const BREAKDOWN_FIELDS: Record<string, LabelNode> = {
  name: leaf('名称', 'name'),
  amount: leaf('金额', 'amount'),
  statedShare: leaf('占比', 'share'),
  source: leaf('来源', 'source'),
  type: leaf('支出类型', 'expenditure type'),
};
const THREE_PUBLIC_AMOUNT_FIELDS: Record<string, LabelNode> = {
  total: leaf('合计', 'total'),
  overseasTravel: leaf('因公出国（境）费', 'overseas travel'),
  officialReception: leaf('公务接待费', 'official reception'),
  officialVehicles: leaf('公务用车购置及运行维护费', 'official vehicles (purchase and operation)'),
  vehiclePurchase: leaf('公务用车购置费', 'vehicle purchase'),
  vehicleOperation: leaf('公务用车运行维护费', 'vehicle operation'),
};

export const EVALUATION_LABELS: Record<string, LabelNode> = {
  format: leaf('文件格式标识', 'format marker'),
  schemaVersion: leaf('格式版本', 'schema version'),
  kind: leaf('评价类型', 'evaluation kind'),
  fiscalYear: leaf('预算年度', 'fiscal year'),
  ruleSet: leaf('评分规则集', 'rule set'),
  amountUnit: leaf('金额单位', 'amount unit'),
  unit: {
    label: { zh: '单位', en: 'unit' },
    fields: {
      name: leaf('单位名称', 'unit name'),
      code: leaf('单位编码', 'unit code'),
      department: leaf('主管部门', 'supervising department'),
      region: {
        label: { zh: '财政区划', en: 'fiscal region' },
        fields: { code: leaf('区划编码', 'region code'), name: leaf('区划名称', 'region name') },
      },
    },
  },
  project: {
    label: { zh: '项目', en: 'project' },
    fields: {
      name: leaf('项目名称', 'project name'),
      code: leaf('项目编码', 'project code'),
      implementingUnit: leaf('实施单位', 'implementing unit'),
    },
  },
  funds: {
    label: { zh: '项目资金', en: 'project funds' },
    fields: {
      total: { label: { zh: '年度资金总额', en: 'total annual funds' }, fields: FUNDS_ROW_FIELDS },
      fiscalAppropriation: {
        label: { zh: '其中：财政拨款', en: 'of which: fiscal appropriation' },
        fields: FUNDS_ROW_FIELDS,
      },
      priorYearCarryover: {
        label: { zh: '其中：上年结转', en: 'of which: prior-year carryover' },
        fields: FUNDS_ROW_FIELDS,
      },
      otherFunds: { label: { zh: '其中：其他资金', en: 'of which: other funds' }, fields: FUNDS_ROW_FIELDS },
    },
  },
  executionManualScore: {
    label: { zh: '预算执行率手动评分', en: 'manual execution score' },
    fields: MANUAL_SCORE_FIELDS,
  },
  expenditureBudget: {
    label: { zh: '支出预算', en: 'expenditure budget' },
    fields: {
      total: leaf('合计', 'total'),
      basic: leaf('基本支出', 'basic expenditure'),
      project: leaf('项目支出', 'project expenditure'),
    },
  },
  income: {
    label: { zh: '收入', en: 'income' },
    fields: {
      statedTotal: leaf('收入合计', 'total income'),
      items: {
        label: { zh: '收入明细', en: 'income items' },
        item: { zh: '项', en: 'item' },
        fields: BREAKDOWN_FIELDS,
      },
    },
  },
  expenditure: {
    label: { zh: '支出', en: 'expenditure' },
    fields: {
      statedTotal: leaf('支出合计', 'total expenditure'),
      byType: {
        label: { zh: '按支出类型', en: 'by expenditure type' },
        item: { zh: '项', en: 'item' },
        fields: BREAKDOWN_FIELDS,
      },
      byFunction: {
        label: { zh: '按功能分类', en: 'by function' },
        item: { zh: '项', en: 'item' },
        fields: BREAKDOWN_FIELDS,
      },
      sourceOfExcess: leaf('超支资金来源', 'source of the excess'),
    },
  },
  threePublicExpenses: {
    label: { zh: '三公经费', en: 'three public expenses' },
    fields: {
      budget: { label: { zh: '预算数', en: 'budget' }, fields: THREE_PUBLIC_AMOUNT_FIELDS },
      actual: { label: { zh: '实际支出', en: 'actual spending' }, fields: THREE_PUBLIC_AMOUNT_FIELDS },
      priorYearActual: {
        label: { zh: '上年实际支出', en: 'prior-year actual spending' },
        fields: THREE_PUBLIC_AMOUNT_FIELDS,
      },
      counts: {
        label: { zh: '数量', en: 'counts' },
        fields: {
          overseasGroups: leaf('出国（境）团组数', 'overseas groups'),
          overseasPeople: leaf('出国（境）人次', 'overseas travellers'),
          receptionBatches: leaf('公务接待批次', 'reception batches'),
          receptionVisitors: leaf('公务接待人次', 'reception visitors'),
          vehiclesPurchased: leaf('购置车辆数', 'vehicles purchased'),
          vehiclesDisposed: leaf('处置车辆数', 'vehicles disposed'),
          vehiclesHeld: leaf('公务用车保有量', 'vehicles held'),
        },
      },
      explanation: leaf('说明', 'explanation'),
    },
  },
  carryover: {
    label: { zh: '结转结余', en: 'carryover and balance' },
    fields: {
      opening: leaf('年初结转结余', 'opening carryover'),
      closing: leaf('年末结转结余', 'closing carryover'),
      explanation: leaf('说明', 'explanation'),
    },
  },
  staff: {
    label: { zh: '人员', en: 'staff' },
    fields: {
      authorized: leaf('编制数', 'authorised posts'),
      actual: leaf('实有人数', 'actual staff'),
      retired: leaf('离退休人数', 'retired staff'),
    },
  },
  goals: {
    label: { zh: '年度总体目标', en: 'annual goals' },
    item: { zh: '条', en: 'goal' },
    fields: { expected: leaf('预期目标', 'expected goal'), actual: leaf('实际完成情况', 'actual result') },
  },
  indicators: {
    label: { zh: '绩效指标', en: 'indicators' },
    item: { zh: '行', en: 'row' },
    fields: {
      id: leaf('指标编号', 'indicator id'),
      level1: leaf('一级指标', 'level-1 indicator'),
      level2: leaf('二级指标', 'level-2 indicator'),
      name: leaf('三级指标', 'level-3 indicator'),
      weight: leaf('分值', 'weight'),
      target: {
        label: { zh: '年度指标值', en: 'annual target' },
        fields: {
          comparator: leaf('比较方式', 'comparator'),
          value: leaf('数值', 'value'),
          text: leaf('文字', 'text'),
          unit: leaf('度量单位', 'unit of measure'),
        },
      },
      actual: {
        label: { zh: '实际完成值', en: 'actual value' },
        fields: { value: leaf('数值', 'value'), text: leaf('文字', 'text'), tier: leaf('完成档次', 'tier') },
      },
      score: leaf('得分', 'score'),
      scoreCoefficient: leaf('得分系数', 'score coefficient'),
      manualScore: { label: { zh: '手动评分', en: 'manual score' }, fields: MANUAL_SCORE_FIELDS },
      statedScoreRate: leaf('得分率', 'score rate'),
      deviationReason: leaf('偏差原因分析', 'reason for deviation'),
      improvementMeasure: leaf('改进措施', 'improvement measure'),
    },
  },
  stated: {
    label: { zh: '自评表所列结果', en: 'results stated in the sheet' },
    fields: {
      executionRate: leaf('执行率', 'execution rate'),
      executionScore: leaf('执行率得分', 'execution score'),
      indicatorScore: leaf('指标得分', 'indicator score'),
      totalScore: leaf('自评得分', 'self-evaluation score'),
      grade: leaf('等级', 'grade'),
      blockScores: {
        label: { zh: '一级指标得分', en: 'block scores' },
        item: { zh: '项', en: 'item' },
        fields: {
          block: leaf('指标块', 'block'),
          score: leaf('得分', 'score'),
          weight: leaf('分值', 'weight'),
        },
      },
      totalWeight: leaf('总分值', 'total weight'),
    },
  },
  narrative: {
    label: { zh: '报告正文', en: 'report text' },
    fields: Object.fromEntries(
      Object.entries(NARRATIVE_SECTION_LABEL).map(([k, v]) => [k, leaf(v, NARRATIVE_SECTION_EN[k] ?? k)]),
    ),
  },
  meta: {
    label: { zh: '附加信息', en: 'additional information' },
    fields: {
      source: leaf('来源', 'source'),
      demo: leaf('演示数据', 'demo data'),
      preparedBy: leaf('填报人', 'prepared by'),
      reportDate: leaf('报告日期', 'report date'),
    },
  },
};

/**
 * A label a person recognises for a field path, in both languages: ["indicators", 3, "weight"] →
 * "绩效指标第 4 行「分值」" / `indicators row 4 "weight"`; with the indicator's name when the input has
 * one ("绩效指标第 4 行（企业满意度）「分值」").
 */
export function labelForPath(path: readonly PropertyKey[], input?: unknown, labels?: LabelTree): Localized {
  return labelForPathIn(labels?.fields ?? EVALUATION_LABELS, path, input, labels?.whole);
}

/** labelForPath over another model's label tree (a monitoring report, a declaration): one labeller for all. */
export function labelForPathIn(
  labels: Record<string, LabelNode>,
  path: readonly PropertyKey[],
  input?: unknown,
  whole: Message = domainMessage('evaluation.whole'),
): Localized {
  return { zh: labelIn(labels, path, input, 'zh', whole), en: labelIn(labels, path, input, 'en', whole) };
}

function labelIn(
  labels: Record<string, LabelNode>,
  path: readonly PropertyKey[],
  input: unknown,
  lang: 'zh' | 'en',
  whole: Message,
): string {
  const say = (m: Message) => m.text[lang];
  const parts: string[] = [];
  let fields: Record<string, LabelNode> | undefined = labels;
  let node: LabelNode | undefined;
  let value: unknown = input;
  let last = '';
  for (const seg of path) {
    value = childOf(value, seg);
    if (typeof seg === 'number') {
      const name = (typeof value === 'object' && value !== null ? nameOf(value) : undefined) ?? '';
      const item = node?.item?.[lang] ?? (lang === 'zh' ? '项' : 'item');
      const label = parts.pop() ?? '';
      parts.push(say(domainMessage('evaluation.item', { label, n: seg + 1, item, name })).trim());
      last = '';
      continue;
    }
    const key = String(seg);
    // Own keys only: a path through "constructor" or "__proto__" (hostile input) names no field.
    node = fields && Object.hasOwn(fields, key) ? fields[key] : undefined;
    last = node?.label[lang] ?? key;
    parts.push(last);
    fields = node?.fields;
  }
  if (parts.length === 0) return say(whole);
  if (last && parts.length > 1) {
    parts.pop();
    const parent = joinPath(parts, lang);
    return say(domainMessage('evaluation.field', { parent, field: last }));
  }
  return joinPath(parts, lang);
}

function joinPath(parts: readonly string[], lang: 'zh' | 'en'): string {
  return parts.reduce((parent, child) => domainMessage('evaluation.path', { parent, child }).text[lang]);
}

function childOf(value: unknown, seg: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, seg)) return undefined;
  return (value as Record<PropertyKey, unknown>)[seg];
}

function nameOf(value: object): string | undefined {
  const name = 'name' in value ? value.name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
