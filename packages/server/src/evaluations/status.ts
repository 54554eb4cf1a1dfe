import { EVALUATION_WORKFLOW, type EvaluationTransition, isEditable } from '@jixiao/domain';
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
};

export const TRANSITION_LABEL: Record<EvaluationTransition, string> = {
  submit: '提交',
  sign: '签批',
  approve: '审核通过',
  return: '退回',
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
