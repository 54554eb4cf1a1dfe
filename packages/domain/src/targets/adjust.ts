import { type ErrorIssue, JixiaoError } from '../errors';
import { domainMessage } from '../messages';
import type { Target } from '../model/evaluation';
import { locatedIssue } from '../model/parse';
import type { TargetDeclaration } from '../model/target-declaration';
import { DECLARATION_LABELS } from './labels';

export interface TargetChange {
  /** 0-based place of the indicator in `declaration.indicators`. */
  index: number;
  target: Target;
  reason: string;
}

/**
 * A mid-year adjustment (调整指标值) asked for: each change sets the indicator's `adjustment` (new
 * target and reason) and keeps the approved `target` as it was, so both stay on record. The adjustment
 * counts once the workflow approves it (`approvedOn`; see `targetInForce`). All or nothing: a change
 * without a reason or to an indicator that does not exist refuses the whole request, naming each.
 */
export function adjustTargets(
  declaration: TargetDeclaration,
  changes: readonly TargetChange[],
): TargetDeclaration {
  const count = declaration.indicators.length;
  const issues: ErrorIssue[] = [];
  for (const change of changes) {
    const exists = Number.isInteger(change.index) && change.index >= 0 && change.index < count;
    if (!exists) {
      const message = domainMessage('declaration.noSuchIndicator', { n: change.index + 1, count });
      issues.push(
        locatedIssue(['indicators', change.index], message, declaration, undefined, DECLARATION_LABELS),
      );
    } else if (change.reason.trim() === '') {
      const message = domainMessage('declaration.adjustmentReasonMissing');
      const path = ['indicators', change.index, 'adjustment', 'reason'];
      issues.push(locatedIssue(path, message, declaration, undefined, DECLARATION_LABELS));
    }
  }
  if (issues.length > 0) {
    throw new JixiaoError(
      'INVALID_INPUT',
      domainMessage('declaration.adjustmentRefused', { count: issues.length }),
      issues,
    );
  }
  const byIndex = new Map(changes.map((c) => [c.index, c]));
  return {
    ...declaration,
    indicators: declaration.indicators.map((indicator, i) => {
      const change = byIndex.get(i);
      if (!change) return indicator;
      return { ...indicator, adjustment: { target: { ...change.target }, reason: change.reason.trim() } };
    }),
  };
}
