import type { Block, RuleSet } from '../../rules/rule-set';
import { normaliseLabel } from './stated';

/** A stated part that names budget execution rather than an indicator block ("预算执行", "预算执行率"). */
export const EXECUTION_BLOCK = /预算执行|执行率|资金执行|项目资金/;

/**
 * The rule-set block a stated part name refers to: the first whose label or 一级指标 labels it
 * contains ("项目产出" ⊇ "产出"). A catch-all block ("*", 重庆、四川) is never guessed.
 */
export function blockForStatedName(ruleSet: RuleSet, statedName: string): Block | undefined {
  const name = normaliseLabel(statedName);
  if (name === '') return undefined;
  return ruleSet.blocks.find((b) =>
    [b.label, ...b.matches].some((m) => {
      const label = m === '*' ? '' : normaliseLabel(m);
      return label !== '' && name.includes(label);
    }),
  );
}

/** Whether an indicator's 一级指标 and a stated part name denote the same thing ("产出指标" ~ "产出"). */
export function sameLevel1(level1: string, statedName: string): boolean {
  const a = normaliseLabel(level1);
  const b = normaliseLabel(statedName);
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}
