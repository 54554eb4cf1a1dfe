import { makeRuleSet } from '../checks/test-support';
import { type TargetDeclaration, targetDeclarationSchema } from '../model/target-declaration';
import type { DeclarationCheckContext } from './check';

/**
 * A declaration shaped like the evaluation tests' rule set (产出 50 + 效益 30 + 满意度 10 = 90), every
 * indicator from the library with its basis, so each target check's test changes only what it is about.
 */
/** Overrides are loose on purpose (tests write "<=" as a plain string); the schema checks them. */
export function makeDeclaration(overrides: Readonly<Record<string, unknown>> = {}): TargetDeclaration {
  return targetDeclarationSchema.parse({
    kind: 'project',
    fiscalYear: 2022,
    unit: { name: '测试单位', department: '测试主管部门' },
    project: { name: '科普活动项目' },
    funds: { annual: { total: '100', fiscalAppropriation: '80', otherFunds: '20' } },
    goals: { annual: '举办科普活动，提高公众科学素质' },
    indicators: [
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '举办科普活动场次',
        weight: '50',
        target: { comparator: '>=', value: '120', unit: '场' },
        basis: 'plan',
        libraryId: 'lib-1',
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '公众科学素质提升',
        weight: '30',
        target: { comparator: 'qualitative', text: '明显提升' },
        basis: 'history',
        libraryId: 'lib-2',
      },
      {
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '参与群众满意度',
        weight: '10',
        target: { comparator: '>=', value: '90', unit: '%' },
        basis: 'industry',
        libraryId: 'lib-3',
      },
    ],
    ...overrides,
  });
}

/** The context of one target check: the test declaration with `overrides`, the test rule set. */
export function ctxWith(
  overrides: Readonly<Record<string, unknown>> = {},
  extra: Partial<Omit<DeclarationCheckContext, 'declaration'>> = {},
): DeclarationCheckContext {
  return { declaration: makeDeclaration(overrides), ruleSet: makeRuleSet(), ...extra };
}

/** One indicator row as the test declaration writes them. */
export const row = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  level1: '产出指标',
  name: '举办科普活动场次',
  weight: '90',
  target: { comparator: '>=', value: '120', unit: '场' },
  basis: 'plan',
  libraryId: 'lib-1',
  ...over,
});
