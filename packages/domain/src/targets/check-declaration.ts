import type { Finding } from '../checks/finding';
import { runCheckList } from '../checks/run';
import type { Evaluation } from '../model/evaluation';
import type { TargetDeclaration } from '../model/target-declaration';
import type { RuleSet } from '../rules/rule-set';
import type { TargetLibraryEntry } from './check';
import { TARGET_CHECKS } from './registry';

export interface DeclarationCheckOptions {
  /** Last year's self-evaluation of the same project or unit (for target.too-low). */
  priorYear?: Evaluation;
  /** The indicator library the declaration's `libraryId`s refer to. */
  library?: readonly TargetLibraryEntry[];
  /** Check codes to skip, besides the rule set's `checks.disabled`. */
  disabled?: readonly string[];
}

/** Runs every target check on a declaration: findings errors first, in the declaration's order. */
export function checkDeclaration(
  declaration: TargetDeclaration,
  ruleSet: RuleSet,
  context: DeclarationCheckOptions = {},
): Finding[] {
  const ctx = {
    declaration,
    ruleSet,
    ...(context.priorYear ? { priorYear: context.priorYear } : {}),
    ...(context.library ? { library: context.library } : {}),
  };
  return runCheckList(ctx, TARGET_CHECKS, context.disabled);
}
