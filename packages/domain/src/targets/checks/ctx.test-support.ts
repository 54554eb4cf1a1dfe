import { makeRuleSet } from '../../checks/test-support';
import type { DeclarationCheckContext } from '../check';
import { makeDeclaration } from '../test-support';

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
