import { z } from 'zod';
import { type ErrorIssue, JixiaoError } from '../errors';
import { type Evaluation, evaluationSchema, NARRATIVE_SECTION_LABEL } from './evaluation';

/**
 * The one way into the domain for an evaluation from outside (a JSON file, an HTTP body, a sheet
 * reader's result): validate with the schema and turn every problem into a located Chinese issue,
 * so the user sees "绩效指标第 4 行「分值」：不能为负数" instead of a zod dump.
 */
export function parseEvaluation(input: unknown, source: { file?: string } = {}): Evaluation {
  const result = evaluationSchema.safeParse(input, { error: chineseMessage });
  const issues: ErrorIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => locatedIssue(issue.path, issue.message, input, source.file));
  if (result.success && result.data.kind === 'project' && !result.data.project) {
    issues.push(locatedIssue(['project', 'name'], '项目支出绩效自评必须填写项目名称', input, source.file));
  }
  if (!result.success || issues.length > 0) {
    const where = source.file ? `文件「${source.file}」中的` : '';
    throw new JixiaoError('INVALID_INPUT', `${where}自评数据有 ${issues.length} 处问题`, issues);
  }
  return result.data;
}

const zhLocale = z.locales.zhCN();

const TYPE_NAME: Record<string, string> = {
  string: '文字（字符串）',
  number: '数字',
  int: '整数',
  boolean: '是/否（true/false）',
  object: '对象',
  array: '列表',
};

/** Messages for the issues a person filling in a file meets most; the schema's own Chinese messages win. */
function chineseMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return '缺少此项（必填）';
    if (issue.expected === 'string' && typeof issue.input === 'number') {
      return '应写成字符串（数字请加引号，例如 "1209.56"）';
    }
    return `应为${TYPE_NAME[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'invalid_value') {
    return `必须是以下之一：${issue.values.map((v) => JSON.stringify(v)).join('、')}`;
  }
  if (issue.code === 'unrecognized_keys') return `不认识的字段：${issue.keys.join('、')}`;
  const fallback = zhLocale.localeError(issue);
  return typeof fallback === 'string' ? fallback : fallback?.message;
}

function locatedIssue(
  path: readonly PropertyKey[],
  message: string,
  input: unknown,
  file: string | undefined,
): ErrorIssue {
  const location = { path: formatPath(path), label: labelForPath(path, input), ...(file ? { file } : {}) };
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

interface LabelNode {
  label: string;
  /** Word for one element when the field is a list ("行", "项", "条"). */
  item?: string;
  fields?: Record<string, LabelNode>;
}

const leaf = (label: string): LabelNode => ({ label });

const FUNDS_ROW_FIELDS: Record<string, LabelNode> = {
  initialBudget: leaf('年初预算数'),
  adjustedBudget: leaf('全年预算数'),
  executed: leaf('全年执行数'),
  fundsArrived: leaf('实际到位资金'),
};
const MANUAL_SCORE_FIELDS: Record<string, LabelNode> = { score: leaf('得分'), reason: leaf('理由') };
const BREAKDOWN_FIELDS: Record<string, LabelNode> = {
  name: leaf('名称'),
  amount: leaf('金额'),
  statedShare: leaf('占比'),
  source: leaf('来源'),
  type: leaf('支出类型'),
};
const THREE_PUBLIC_AMOUNT_FIELDS: Record<string, LabelNode> = {
  total: leaf('合计'),
  overseasTravel: leaf('因公出国（境）费'),
  officialReception: leaf('公务接待费'),
  officialVehicles: leaf('公务用车购置及运行维护费'),
  vehiclePurchase: leaf('公务用车购置费'),
  vehicleOperation: leaf('公务用车运行维护费'),
};

const EVALUATION_LABELS: Record<string, LabelNode> = {
  format: leaf('文件格式标识'),
  schemaVersion: leaf('格式版本'),
  kind: leaf('评价类型'),
  fiscalYear: leaf('预算年度'),
  ruleSet: leaf('评分规则集'),
  amountUnit: leaf('金额单位'),
  unit: {
    label: '单位',
    fields: {
      name: leaf('单位名称'),
      code: leaf('单位编码'),
      department: leaf('主管部门'),
      region: { label: '财政区划', fields: { code: leaf('区划编码'), name: leaf('区划名称') } },
    },
  },
  project: {
    label: '项目',
    fields: { name: leaf('项目名称'), code: leaf('项目编码'), implementingUnit: leaf('实施单位') },
  },
  funds: {
    label: '项目资金',
    fields: {
      total: { label: '年度资金总额', fields: FUNDS_ROW_FIELDS },
      fiscalAppropriation: { label: '其中：财政拨款', fields: FUNDS_ROW_FIELDS },
      priorYearCarryover: { label: '其中：上年结转', fields: FUNDS_ROW_FIELDS },
      otherFunds: { label: '其中：其他资金', fields: FUNDS_ROW_FIELDS },
    },
  },
  executionManualScore: { label: '预算执行率手动评分', fields: MANUAL_SCORE_FIELDS },
  expenditureBudget: {
    label: '支出预算',
    fields: { total: leaf('合计'), basic: leaf('基本支出'), project: leaf('项目支出') },
  },
  income: {
    label: '收入',
    fields: {
      statedTotal: leaf('收入合计'),
      items: { label: '收入明细', item: '项', fields: BREAKDOWN_FIELDS },
    },
  },
  expenditure: {
    label: '支出',
    fields: {
      statedTotal: leaf('支出合计'),
      byType: { label: '按支出类型', item: '项', fields: BREAKDOWN_FIELDS },
      byFunction: { label: '按功能分类', item: '项', fields: BREAKDOWN_FIELDS },
      sourceOfExcess: leaf('超支资金来源'),
    },
  },
  threePublicExpenses: {
    label: '三公经费',
    fields: {
      budget: { label: '预算数', fields: THREE_PUBLIC_AMOUNT_FIELDS },
      actual: { label: '实际支出', fields: THREE_PUBLIC_AMOUNT_FIELDS },
      priorYearActual: { label: '上年实际支出', fields: THREE_PUBLIC_AMOUNT_FIELDS },
      counts: {
        label: '数量',
        fields: {
          overseasGroups: leaf('出国（境）团组数'),
          overseasPeople: leaf('出国（境）人次'),
          receptionBatches: leaf('公务接待批次'),
          receptionVisitors: leaf('公务接待人次'),
          vehiclesPurchased: leaf('购置车辆数'),
          vehiclesDisposed: leaf('处置车辆数'),
          vehiclesHeld: leaf('公务用车保有量'),
        },
      },
      explanation: leaf('说明'),
    },
  },
  carryover: {
    label: '结转结余',
    fields: { opening: leaf('年初结转结余'), closing: leaf('年末结转结余'), explanation: leaf('说明') },
  },
  staff: {
    label: '人员',
    fields: { authorized: leaf('编制数'), actual: leaf('实有人数'), retired: leaf('离退休人数') },
  },
  goals: {
    label: '年度总体目标',
    item: '条',
    fields: { expected: leaf('预期目标'), actual: leaf('实际完成情况') },
  },
  indicators: {
    label: '绩效指标',
    item: '行',
    fields: {
      id: leaf('指标编号'),
      level1: leaf('一级指标'),
      level2: leaf('二级指标'),
      name: leaf('三级指标'),
      weight: leaf('分值'),
      target: {
        label: '年度指标值',
        fields: {
          comparator: leaf('比较方式'),
          value: leaf('数值'),
          text: leaf('文字'),
          unit: leaf('度量单位'),
        },
      },
      actual: {
        label: '实际完成值',
        fields: { value: leaf('数值'), text: leaf('文字'), tier: leaf('完成档次') },
      },
      score: leaf('得分'),
      scoreCoefficient: leaf('得分系数'),
      manualScore: { label: '手动评分', fields: MANUAL_SCORE_FIELDS },
      statedScoreRate: leaf('得分率'),
      deviationReason: leaf('偏差原因分析'),
      improvementMeasure: leaf('改进措施'),
    },
  },
  stated: {
    label: '自评表所列结果',
    fields: {
      executionRate: leaf('执行率'),
      executionScore: leaf('执行率得分'),
      indicatorScore: leaf('指标得分'),
      totalScore: leaf('自评得分'),
      grade: leaf('等级'),
      blockScores: {
        label: '一级指标得分',
        item: '项',
        fields: { block: leaf('指标块'), score: leaf('得分'), weight: leaf('分值') },
      },
      totalWeight: leaf('总分值'),
    },
  },
  narrative: {
    label: '报告正文',
    fields: Object.fromEntries(Object.entries(NARRATIVE_SECTION_LABEL).map(([k, v]) => [k, leaf(v)])),
  },
  meta: {
    label: '附加信息',
    fields: {
      source: leaf('来源'),
      demo: leaf('演示数据'),
      preparedBy: leaf('填报人'),
      reportDate: leaf('报告日期'),
    },
  },
};

/**
 * A Chinese label a person recognises for a field path: ["indicators", 3, "weight"] →
 * "绩效指标第 4 行「分值」"; with the indicator's name when the input has one
 * ("绩效指标第 4 行（企业满意度）「分值」").
 */
export function labelForPath(path: readonly PropertyKey[], input?: unknown): string {
  const parts: string[] = [];
  let fields: Record<string, LabelNode> | undefined = EVALUATION_LABELS;
  let node: LabelNode | undefined;
  let value: unknown = input;
  let last = '';
  for (const seg of path) {
    value = childOf(value, seg);
    if (typeof seg === 'number') {
      const named = typeof value === 'object' && value !== null ? nameOf(value) : undefined;
      const tail = `第 ${seg + 1} ${node?.item ?? '项'}${named ? `（${named}）` : ''}`;
      if (parts.length > 0) parts[parts.length - 1] += tail;
      else parts.push(tail);
      last = '';
      continue;
    }
    const key = String(seg);
    node = fields?.[key];
    last = node?.label ?? key;
    parts.push(last);
    fields = node?.fields;
  }
  if (parts.length === 0) return '自评数据（整体）';
  if (last && parts.length > 1) {
    parts.pop();
    return `${parts.join('·')}「${last}」`;
  }
  return parts.join('·');
}

function childOf(value: unknown, seg: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<PropertyKey, unknown>)[seg];
}

function nameOf(value: object): string | undefined {
  const name = 'name' in value ? value.name : undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
