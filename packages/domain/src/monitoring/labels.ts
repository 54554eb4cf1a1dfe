import type { LabelNode } from '../model/parse';

/**
 * The monitoring report's fields as a person reads them on the 监控表 (domain-rules §3), for located
 * messages ("绩效指标第 3 行（培训人次）「完成目标可能性」").
 */
const leaf = (zh: string, en: string): LabelNode => ({ label: { zh, en } });

const FUNDS_ROW: Record<string, LabelNode> = {
  budget: leaf('年初预算数', 'budget'),
  executed: leaf('执行数', 'executed to date'),
  expectedAnnual: leaf('全年预计执行数', 'expected for the year'),
};

export const MONITORING_LABELS: Record<string, LabelNode> = {
  format: leaf('文件格式标识', 'format marker'),
  schemaVersion: leaf('格式版本', 'schema version'),
  kind: leaf('监控类型', 'monitoring kind'),
  fiscalYear: leaf('预算年度', 'fiscal year'),
  ruleSet: leaf('规则集', 'rule set'),
  amountUnit: leaf('金额单位', 'amount unit'),
  throughMonth: leaf('监控期间（截至月份）', 'period (through month)'),
  round: leaf('监控轮次', 'monitoring round'),
  unit: {
    label: { zh: '单位', en: 'unit' },
    fields: {
      name: leaf('单位名称', 'unit name'),
      code: leaf('单位编码', 'unit code'),
      department: leaf('主管部门', 'supervising department'),
      departmentCode: leaf('主管部门代码', 'department code'),
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
      total: { label: { zh: '年度资金总额', en: 'total annual funds' }, fields: FUNDS_ROW },
      fiscalAppropriation: {
        label: { zh: '其中：财政拨款', en: 'of which: fiscal appropriation' },
        fields: FUNDS_ROW,
      },
      otherFunds: { label: { zh: '其中：其他资金', en: 'of which: other funds' }, fields: FUNDS_ROW },
    },
  },
  goals: {
    label: { zh: '年度总体目标', en: 'annual goals' },
    fields: { annual: leaf('年度总体目标', 'annual goal'), progress: leaf('执行情况', 'progress') },
  },
  indicators: {
    label: { zh: '绩效指标', en: 'indicators' },
    item: { zh: '行', en: 'row' },
    fields: {
      id: leaf('指标编号', 'indicator id'),
      level1: leaf('一级指标', 'level-1 indicator'),
      level2: leaf('二级指标', 'level-2 indicator'),
      name: leaf('三级指标', 'level-3 indicator'),
      target: {
        label: { zh: '年度指标值', en: 'annual target' },
        fields: {
          comparator: leaf('比较方式', 'comparator'),
          value: leaf('数值', 'value'),
          text: leaf('文字', 'text'),
          unit: leaf('度量单位', 'unit of measure'),
        },
      },
      progress: {
        label: { zh: '执行情况', en: 'progress to date' },
        fields: { value: leaf('数值', 'value'), text: leaf('文字', 'text'), tier: leaf('完成档次', 'tier') },
      },
      expectedAnnual: {
        label: { zh: '全年预计完成情况', en: 'expected for the year' },
        fields: { value: leaf('数值', 'value'), text: leaf('文字', 'text') },
      },
      deviation: {
        label: { zh: '偏差原因分析', en: 'causes of deviation' },
        fields: {
          funding: leaf('经费保障', 'funding'),
          institution: leaf('制度保障', 'institutions'),
          staffing: leaf('人员保障', 'staffing'),
          hardware: leaf('硬件条件保障', 'hardware'),
          other: leaf('其他', 'other'),
        },
      },
      likelihood: leaf('完成目标可能性', 'likelihood of reaching the target'),
      measures: leaf('拟采取的措施', 'measures'),
      remark: leaf('备注', 'remark'),
    },
  },
  financeFollowUp: {
    label: { zh: '财政部门意见', en: 'finance follow-up' },
    fields: {
      rectificationNeeded: leaf('是否需要整改', 'rectification needed'),
      requirement: leaf('整改要求和建议', 'requirement'),
      result: leaf('整改结果和结论', 'result'),
    },
  },
  meta: {
    label: { zh: '附加信息', en: 'additional information' },
    fields: {
      source: leaf('来源', 'source'),
      demo: leaf('演示数据', 'demo data'),
      preparedBy: leaf('填报人', 'prepared by'),
      reportDate: leaf('填报日期', 'report date'),
    },
  },
};
