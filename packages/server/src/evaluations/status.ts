import {
  EVALUATION_WORKFLOW,
  type EvaluationTransition,
  type EvaluationWorkflow,
  type EvaluationWorkflowRole,
  evaluationWorkflow,
  getRuleSet,
  isEditable,
  listRuleSets,
  pendingRole,
  type ReviewChain,
  reviewChainOf,
} from '@jixiao/domain';
import type { Permission } from '../access/policies';
import type { EvaluationStatus } from '../db/schema';
import { conflict } from '../http/errors';
import { serverMessage as m } from '../messages';

export const EVALUATION_STATUS_LABEL: Record<EvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  signed: '单位已签批（待审核）',
  approved: '已审核',
  returned: '已退回',
  departmentApproved: '主管部门已初审（待财政局复审）',
};

export const TRANSITION_LABEL: Record<EvaluationTransition, string> = {
  submit: '提交',
  sign: '签批',
  approve: '审核通过',
  return: '退回',
  withdraw: '撤回',
};

/** Each transition is its own permission, named after it, so the access hook checks its roles. */
export const transitionPermission = (t: EvaluationTransition) =>
  `evaluation.${t}` as const satisfies Permission;

/** Content changes (save, delete) only in the workflow's editable statuses; others are locked. */
export function assertEditable(status: EvaluationStatus, what: 'edit' | 'delete'): void {
  if (isEditable(EVALUATION_WORKFLOW, status)) return;
  const key = what === 'edit' ? 'evaluation.notEditable' : 'evaluation.notDeletable';
  throw conflict(m(key, { status: m(`status.${status}`) }));
}

/**
 * The review chain of an evaluation, from its rule set (the region's 审核流程); an id no rule set has
 * (one since removed) keeps the default chain rather than locking the evaluation.
 */
export function chainOf(ruleSetId: string): ReviewChain {
  try {
    return reviewChainOf(getRuleSet(ruleSetId));
  } catch {
    return reviewChainOf({});
  }
}

const WORKFLOWS = new Map<string, EvaluationWorkflow>();

/** The workflow an evaluation under this rule set follows (built once per chain). */
export function workflowOf(ruleSetId: string): EvaluationWorkflow {
  const chain = chainOf(ruleSetId);
  const key = chain.join('>');
  let made = WORKFLOWS.get(key);
  if (!made) {
    made = evaluationWorkflow(chain);
    WORKFLOWS.set(key, made);
  }
  return made;
}

/**
 * For one reviewing role, the statuses in which an evaluation waits for it, per chain: `others` for
 * every rule set id not listed in `byRuleSet` (the default chain), and the rule sets whose chain differs.
 */
export function awaitedStatuses(role: EvaluationWorkflowRole): {
  others: EvaluationStatus[];
  byRuleSet: { ruleSetId: string; statuses: EvaluationStatus[] }[];
} {
  const of = (chain: ReviewChain) =>
    evaluationWorkflow(chain).statuses.filter((s) => pendingRole(chain, s) === role);
  const fallback = reviewChainOf({});
  const byRuleSet = listRuleSets()
    .filter((rs) => reviewChainOf(rs).join('>') !== fallback.join('>'))
    .map((rs) => ({ ruleSetId: rs.id, statuses: of(reviewChainOf(rs)) }));
  return { others: of(fallback), byRuleSet };
}
