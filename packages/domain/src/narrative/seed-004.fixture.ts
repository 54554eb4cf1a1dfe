import type { EvaluationInput } from '../model/evaluation';

/**
 * Seed 004 (重庆市璧山区科学技术局 2022 部门整体) in short, for the narrative tests. Hand arithmetic:
 * 执行率 = 1209.56 / 2851.19 = 0.42423… → 42.42%; 得分 = 42.42% × 10 = 4.242 → 4.24;
 * every indicator met its ≥ target → 90; 总分 4.24 + 90 = 94.24 → 优 (≥ 90).
 */
export const SEED_004: EvaluationInput = {
  kind: 'unitWide',
  fiscalYear: 2022,
  ruleSet: 'chongqing-unit-wide',
  amountUnit: 'wanYuan',
  unit: { name: '重庆市璧山区科学技术局' },
  funds: { total: { initialBudget: '2931.88', adjustedBudget: '2851.19', executed: '1209.56' } },
  staff: { authorized: 10 },
  threePublicExpenses: { budget: { total: '13.2' }, actual: { total: '5.98' }, counts: {} },
  goals: [{ expected: '培育科技型企业和高新技术企业，推动科技成果转化。', actual: '新增科技型企业171家。' }],
  indicators: [
    ind('新增科技型企业数量', '15', '150', '171', '家'),
    ind('新增高新技术企业数量', '15', '50', '59', '家'),
    ind('举办创新创业大赛场次', '10', '1', '1', '次'),
    ind('举办科技活动周场次', '10', '1', '1', '次'),
    ind('选派科技特派员人数', '10', '50', '53', '名'),
    ind('技术合同认定个数', '10', '25', '28', '个'),
    ind('科技成果认定个数', '10', '150', '151', '个'),
    ind('职工满意度', '5', '95', '100', '%'),
    ind('企业满意度', '5', '95', '98', '%'),
  ],
  narrative: {
    organisation: '重庆市璧山区科学技术局是区政府工作部门，为正处级。',
    problems: '1、科技服务水平有待提高。\n2、提高农户科学种养殖技术难度大。',
    suggestions: '- 强化川渝地区合作交流。\n- 加大科技特派员进村入户开展宣传培训力度。',
  },
};

function ind(name: string, weight: string, target: string, actual: string, unit: string) {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    weight,
    target: { comparator: '>=' as const, value: target, unit },
    actual: { value: actual },
  };
}
