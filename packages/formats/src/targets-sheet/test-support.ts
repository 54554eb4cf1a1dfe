import { type TargetDeclaration, targetDeclarationSchema } from '@jixiao/domain';

/**
 * Declarations for the 申报表 tests, written for them: a project of a 科协-like unit with ten indicators
 * over the three blocks (the shape of a seed evaluation: 产出 50 = 5 × 10, 效益 30, 满意度 10), and a
 * 部门整体 declaration with its 年度主要任务. Every field the model has appears in one of them.
 */
export const PROJECT_DECLARATION: TargetDeclaration = targetDeclarationSchema.parse({
  kind: 'project',
  fiscalYear: 2022,
  ruleSet: 'mof-2020',
  amountUnit: 'wanYuan',
  unit: {
    name: '示例市科学技术协会',
    code: '101001',
    department: '示例市科学技术协会',
    departmentCode: '101',
  },
  project: {
    name: '科普惠民工程',
    code: 'P2022-08',
    implementingUnit: '示例市科技馆',
    attribute: 'continuing',
    periodFrom: 2021,
    periodTo: 2023,
    category: 'science-popularisation',
  },
  funds: {
    midTerm: { total: '300', fiscalAppropriation: '270', otherFunds: '30' },
    annual: { total: '100', fiscalAppropriation: '90', otherFunds: '10' },
  },
  goals: { midTerm: '三年内建成覆盖全市的科普服务网络', annual: '开展科普活动，提升公民科学素质' },
  indicators: [
    {
      id: 'i1',
      level1: '产出指标',
      level2: '数量指标',
      name: '科普活动场次',
      weight: '10',
      target: { comparator: '>=', value: '120', unit: '场' },
      midTermTarget: { comparator: '>=', value: '360', unit: '场' },
      basis: 'plan',
      core: true,
      libraryId: 'sci-001',
    },
    {
      level1: '产出指标',
      level2: '数量指标',
      name: '受益人次',
      weight: '10',
      target: { comparator: '>=', value: '5', unit: '万人次', text: '不少于5' },
      basis: 'history',
      basisNote: '上年 4.6 万人次',
      libraryId: 'sci-002',
    },
    {
      level1: '产出指标',
      level2: '质量指标',
      name: '活动验收合格率',
      weight: '10',
      target: { comparator: '=', value: '100', unit: '%' },
      basis: 'industry',
      libraryId: 'sci-003',
    },
    {
      level1: '产出指标',
      level2: '时效指标',
      name: '活动按期完成率',
      weight: '10',
      target: { comparator: '>=', value: '95', unit: '%' },
      basis: 'plan',
    },
    {
      level1: '产出指标',
      level2: '成本指标',
      name: '单场活动成本',
      weight: '10',
      target: { comparator: '<=', value: '0.8', unit: '万元' },
      basis: 'history',
      adjustment: {
        target: { comparator: '<=', value: '0.9', unit: '万元' },
        reason: '物价上涨',
        approvedOn: '2022-07-15',
      },
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '公民科学素质',
      weight: '10',
      target: { comparator: 'qualitative', text: '明显提升' },
      basis: 'other',
      remark: '以抽样调查为准',
    },
    {
      level1: '效益指标',
      level2: '社会效益指标',
      name: '媒体报道次数',
      weight: '10',
      target: { comparator: '>=', value: '20', unit: '次' },
      basis: 'plan',
    },
    {
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '长效机制',
      weight: '10',
      target: { comparator: 'qualitative', text: '建立并运行' },
      basis: 'other',
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '参与群众满意度',
      weight: '5',
      target: { comparator: '>=', value: '90', unit: '%' },
      basis: 'industry',
      core: true,
    },
    {
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '学校满意度',
      weight: '5',
      target: { comparator: '>=', value: '85.5', unit: '%' },
      basis: 'industry',
    },
  ],
  meta: { preparedBy: '张三', reportDate: '2021-10-20' },
});

export const UNIT_DECLARATION: TargetDeclaration = targetDeclarationSchema.parse({
  kind: 'unitWide',
  fiscalYear: 2023,
  amountUnit: 'yuan',
  unit: { name: '示例区教育局', department: '示例区人民政府' },
  funds: { annual: { total: '1500000', fiscalAppropriation: '1200000', otherFunds: '300000' } },
  goals: { annual: '保障全区义务教育正常运转' },
  mainTasks: [
    {
      name: '义务教育保障',
      content: '学校公用经费',
      budget: { total: '1000000', fiscalAppropriation: '800000', otherFunds: '200000' },
    },
    {
      name: '教师培训',
      budget: { total: '500000.5', fiscalAppropriation: '400000.5', otherFunds: '100000' },
    },
  ],
  indicators: [
    {
      level1: '产出指标',
      name: '培训教师人次',
      weight: '50',
      target: { comparator: '>=', value: '800', unit: '人次' },
      basis: 'plan',
    },
    {
      level1: '效益指标',
      name: '辍学率',
      weight: '30',
      target: { comparator: '<=', value: '0.5', unit: '%' },
      basis: 'history',
    },
    {
      level1: '满意度指标',
      name: '家长满意度',
      weight: '10',
      target: { comparator: '>=', value: '90', unit: '%' },
    },
  ],
});
