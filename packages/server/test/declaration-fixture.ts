import type { TargetDeclarationInput } from '@jixiao/domain';

/**
 * A 部门整体支出绩效目标申报表 of the shape of a 区科学技术局's 2022 declaration under the Chongqing 部门整体
 * rule set, written for these tests: the nine indicators beside 预算执行率 (which the rule set scores as the
 * execution row, 10 points), taken from the built-in indicator library (ids, names, paths and units) and
 * weighing the rule set's 90 (15 + 15 + 10 + 10 + 10 + 10 + 10 + 5 + 5 = 90).
 */
const ROWS: [
  libraryId: string,
  level1: string,
  level2: string,
  name: string,
  weight: string,
  target: string,
  unit: string,
][] = [
  ['output.quantity.new-tech-enterprises', '产出指标', '数量指标', '新增科技型企业数量', '15', '150', '家'],
  [
    'output.quantity.new-high-tech-enterprises',
    '产出指标',
    '数量指标',
    '新增高新技术企业数量',
    '15',
    '50',
    '家',
  ],
  ['output.quantity.innovation-contests', '产出指标', '数量指标', '举办创新创业大赛场次', '10', '1', '场'],
  ['output.quantity.kepu-week-events', '产出指标', '数量指标', '举办科技活动周场次', '10', '1', '场'],
  ['output.quantity.sci-tech-commissioners', '产出指标', '数量指标', '选派科技特派员人数', '10', '50', '人'],
  [
    'output.quantity.tech-contracts-registered',
    '产出指标',
    '数量指标',
    '技术合同认定登记数量',
    '10',
    '25',
    '个',
  ],
  [
    'output.quantity.achievements-registered',
    '产出指标',
    '数量指标',
    '科技成果认定（登记）数量',
    '10',
    '150',
    '个',
  ],
  [
    'satisfaction.beneficiary.staff-satisfaction',
    '满意度指标',
    '服务对象满意度指标',
    '职工满意度',
    '5',
    '95',
    '%',
  ],
  [
    'satisfaction.beneficiary.enterprise-satisfaction',
    '满意度指标',
    '服务对象满意度指标',
    '企业满意度',
    '5',
    '95',
    '%',
  ],
];

export function unitWideDeclaration(unitName = '甲区科协本级'): TargetDeclarationInput {
  return {
    kind: 'unitWide',
    fiscalYear: 2022,
    ruleSet: 'chongqing-unit-wide',
    unit: { name: unitName, department: '甲区科协' },
    funds: { annual: { total: '2931.88', fiscalAppropriation: '2931.88' } },
    goals: { annual: '培育科技型企业和高新技术企业，办好创新创业大赛和科技活动周，做好科技特派员选派。' },
    mainTasks: [{ name: '科技创新服务', budget: { total: '2931.88', fiscalAppropriation: '2931.88' } }],
    indicators: ROWS.map(([libraryId, level1, level2, name, weight, value, unit], i) => ({
      libraryId,
      level1,
      level2,
      name,
      weight,
      target: { comparator: '>=' as const, value, unit },
      basis: 'plan' as const,
      ...(i === 0 ? { core: true } : {}),
    })),
  };
}

/** Every point of the 审核要点 passed, as a reviewer approving would fill them in. */
export const PASSED_CHECKLIST = {
  completeness: { passed: true },
  relevance: { passed: true },
  appropriateness: { passed: true },
  feasibility: { passed: true, comment: '目标经论证可如期实现' },
};
