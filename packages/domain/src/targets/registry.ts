import type { TargetCheck } from './check';
import { basisMissing } from './checks/basis-missing';
import { blockMissing } from './checks/block-missing';
import { targetComparatorMissing } from './checks/comparator-missing';
import { coreQualitative } from './checks/core-qualitative';
import { freeTyped } from './checks/free-typed';
import { fundsPartsMismatch } from './checks/funds-parts';
import { declarationIncomplete } from './checks/incomplete';
import { shouldBeQuantitative } from './checks/should-be-quantitative';
import { tasksBudgetMismatch } from './checks/tasks-budget';
import { tooLow } from './checks/too-low';
import { unitMissing } from './checks/unit-missing';
import { weightsTotalMismatch } from './checks/weights-total';

/**
 * Every target check, in the order docs/targets.md lists them: a list apart from the evaluation's
 * CHECKS (they see a declaration, not an evaluation) run by the same runner (`runCheckList`), so a rule
 * set switches them off by code in the same `checks.disabled`.
 */
export const TARGET_CHECKS: readonly TargetCheck[] = [
  // the indicator tree
  declarationIncomplete,
  blockMissing,
  weightsTotalMismatch,
  // each target
  targetComparatorMissing,
  coreQualitative,
  shouldBeQuantitative,
  unitMissing,
  basisMissing,
  tooLow,
  // money
  fundsPartsMismatch,
  tasksBudgetMismatch,
  // for the reviewer
  freeTyped,
];
