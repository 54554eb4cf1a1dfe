import type { TargetDeclarationInput } from '@jixiao/domain';

/**
 * A 部门整体支出绩效目标申报表 of the shape of a 区科学技术局's 2022 declaration: ten indicators weighing
 * 100 in all (10 + 15 + 15 + 10 + 10 + 10 + 10 + 10 + 5 + 5 = 100), written for these tests.
 */
export function unitWideDeclaration(unitName = '甲区科协本级'): TargetDeclarationInput {
  const row = (
    level1: string,
    level2: string,
    name: string,
    weight: string,
    value: string,
    unit: string,
  ) => ({
    level1,
    level2,
    name,
    weight,
    target: { comparator: '>=' as const, value, unit },
    basis: 'plan' as const,
  });
  return {
    kind: 'unitWide',
    fiscalYear: 2022,
    unit: { name: unitName, department: '甲区科协' },
    funds: { annual: { total: '2931.88', fiscalAppropriation: '2931.88' } },
    goals: { annual: '培育科技型企业和高新技术企业，办好创新创业大赛和科技活动周，做好科技特派员选派。' },
    mainTasks: [{ name: '科技创新服务', budget: { total: '2931.88' } }],
    indicators: [
      row('产出指标', '时效指标', '预算执行率', '10', '90', '%'),
      { ...row('产出指标', '数量指标', '新增科技型企业数量', '15', '150', '家'), core: true },
      row('产出指标', '数量指标', '新增高新技术企业数量', '15', '50', '家'),
      row('产出指标', '数量指标', '举办创新创业大赛场次', '10', '1', '次'),
      row('产出指标', '数量指标', '举办科技活动周场次', '10', '1', '次'),
      row('产出指标', '数量指标', '选派科技特派员人数', '10', '50', '名'),
      row('产出指标', '数量指标', '技术合同认定个数', '10', '25', '个'),
      row('产出指标', '数量指标', '科技成果认定个数', '10', '150', '个'),
      row('满意度指标', '服务对象满意度指标', '职工满意度', '5', '95', '%'),
      row('满意度指标', '服务对象满意度指标', '企业满意度', '5', '95', '%'),
    ],
  };
}

/** Every point of the 审核要点 passed, as a reviewer approving would fill them in. */
export const PASSED_CHECKLIST = {
  completeness: { passed: true },
  relevance: { passed: true },
  appropriateness: { passed: true },
  feasibility: { passed: true, comment: '目标经论证可如期实现' },
};
