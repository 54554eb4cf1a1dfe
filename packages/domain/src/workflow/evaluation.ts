import type { StatusOf, TransitionOf, WorkflowDefinition } from './definition';

/**
 * The self-evaluation (自评) workflow: 填报人 submits a draft, the 单位负责人 signs it off, a 主管部门
 * or 财政局 reviewer approves it, which locks it for good. The approver returns only what is not yet
 * signed; returning a signed evaluation is for the reviewers above the unit. A returned evaluation is
 * editable again and is submitted anew.
 */
export const EVALUATION_WORKFLOW = {
  id: 'evaluation',
  // The order is the order of the database's status values; keep it when adding a status.
  statuses: ['draft', 'submitted', 'signed', 'approved', 'returned'],
  initial: 'draft',
  editable: ['draft', 'returned'],
  transitions: {
    submit: {
      from: ['draft', 'returned'],
      to: 'submitted',
      roles: ['preparer'],
      requires: ['noErrors', 'warningsAcknowledged'],
    },
    sign: { from: ['submitted'], to: 'signed', roles: ['unitApprover'], requires: [] },
    approve: {
      from: ['signed'],
      to: 'approved',
      roles: ['departmentReviewer', 'financeReviewer'],
      requires: [],
    },
    return: {
      from: ['submitted', 'signed'],
      to: 'returned',
      roles: ['unitApprover', 'departmentReviewer', 'financeReviewer'],
      rolesFrom: { signed: ['departmentReviewer', 'financeReviewer'] },
      requires: ['reason'],
    },
  },
} as const satisfies WorkflowDefinition<string, string, string>;

export type EvaluationWorkflow = typeof EVALUATION_WORKFLOW;
export type EvaluationStatus = StatusOf<EvaluationWorkflow>;
export type EvaluationTransition = TransitionOf<EvaluationWorkflow>;
/** The roles the evaluation workflow names (a subset of the application's roles). */
export type EvaluationWorkflowRole = EvaluationWorkflow['transitions'][EvaluationTransition]['roles'][number];
/** The statuses as a tuple (for enums in schemas). */
export const EVALUATION_STATUSES = EVALUATION_WORKFLOW.statuses;
