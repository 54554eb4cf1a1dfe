import type { RectificationStatus } from '../rectification/model';
import type { WorkflowDefinition } from './definition';

/**
 * The rectification (整改) workflow: the unit (填报人 or 单位负责人) starts the item (待整改 → 整改中) and
 * reports what it did (→ 待销号, with the 整改情况 as the reason); the reviewer over the unit (主管部门 or
 * 财政局) closes it out (销号 → 已销号, final) or sends it back (退回 → 整改中, with a reason). The content
 * (problem, measure, deadline) may be changed while the item is open, i.e. not closed out.
 */
export const RECTIFICATION_TRANSITIONS = ['start', 'report', 'close', 'return'] as const;
export type RectificationTransition = (typeof RECTIFICATION_TRANSITIONS)[number];
export type RectificationWorkflowRole =
  | 'preparer'
  | 'unitApprover'
  | 'departmentReviewer'
  | 'financeReviewer';

const UNIT: readonly RectificationWorkflowRole[] = ['preparer', 'unitApprover'];
const REVIEWERS: readonly RectificationWorkflowRole[] = ['departmentReviewer', 'financeReviewer'];

export type RectificationWorkflow = WorkflowDefinition<
  RectificationStatus,
  RectificationTransition,
  RectificationWorkflowRole
>;

export const RECTIFICATION_WORKFLOW: RectificationWorkflow = {
  id: 'rectification',
  statuses: ['pending', 'inProgress', 'reported', 'closed'],
  initial: 'pending',
  editable: ['pending', 'inProgress', 'reported'],
  transitions: {
    start: { from: ['pending'], to: 'inProgress', roles: UNIT, requires: [] },
    report: { from: ['inProgress'], to: 'reported', roles: UNIT, requires: ['reason'] },
    close: { from: ['reported'], to: 'closed', roles: REVIEWERS, requires: [] },
    return: { from: ['reported'], to: 'inProgress', roles: REVIEWERS, requires: ['reason'] },
  },
};
