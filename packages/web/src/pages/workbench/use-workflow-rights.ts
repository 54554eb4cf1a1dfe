import { EVALUATION_WORKFLOW, isEditable } from '@jixiao/domain';
import { useMemo } from 'react';
import type { EvaluationRecord, EvaluationStatus } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import '../../i18n/areas/workbench';

/** Why an evaluation in a locked status cannot be edited. */
const LOCKED: Partial<Record<EvaluationStatus, MessageKey>> = {
  approved: 'wb.lockedApproved',
  submitted: 'wb.lockedSubmitted',
  signed: 'wb.lockedSigned',
  departmentApproved: 'wb.lockedDepartmentApproved',
};

/** Statuses in which the evaluation is with a reviewer, who may annotate its fields. */
const UNDER_REVIEW: readonly EvaluationStatus[] = ['submitted', 'signed', 'departmentApproved'];

/**
 * What the signed-in user may do with the evaluation now. The moves come from the server (`actions`:
 * the evaluation's review chain, whose step it is, who took the last one — the same rules it enforces);
 * editing follows the domain's workflow definition.
 */
export function useWorkflowRights(record: Pick<EvaluationRecord, 'status' | 'actions'>) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const { status, actions } = record;
  return useMemo(() => {
    const may = (a: EvaluationRecord['actions'][number]) => actions.includes(a);
    const lockReason = !isEditable(EVALUATION_WORKFLOW, status)
      ? t(LOCKED[status] ?? 'wb.lockedApproved')
      : !hasRole('preparer')
        ? t('wb.lockedRole')
        : undefined;
    return {
      lockReason,
      readOnly: lockReason !== undefined,
      canSign: may('sign'),
      canApprove: may('approve'),
      canReturn: may('return'),
      canWithdraw: may('withdraw'),
      // Reviewers annotate fields while the evaluation is with them.
      canComment:
        UNDER_REVIEW.includes(status) && hasRole('unitApprover', 'departmentReviewer', 'financeReviewer'),
      /** Resolving or reopening a comment: for reviewers (the author may resolve their own too). */
      isReviewer: hasRole('unitApprover', 'departmentReviewer', 'financeReviewer'),
    };
  }, [status, actions, hasRole, t]);
}
