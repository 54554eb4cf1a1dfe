import { can, EVALUATION_WORKFLOW, isEditable } from '@jixiao/domain';
import { useMemo } from 'react';
import type { EvaluationStatus } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';

/** Why an evaluation in a locked status cannot be edited. */
const LOCKED: Partial<Record<EvaluationStatus, MessageKey>> = {
  approved: 'wb.lockedApproved',
  submitted: 'wb.lockedSubmitted',
  signed: 'wb.lockedSigned',
};

/**
 * What the signed-in user may do with the evaluation now, from the domain's workflow definition (the
 * same data the server enforces): submitted → signed by the unit approver → approved by a department
 * or finance reviewer; returns go back to the preparer.
 */
export function useWorkflowRights(status: EvaluationStatus) {
  const { t } = useI18n();
  const { user, hasRole } = useSession();
  return useMemo(() => {
    const actor = { roles: user?.roles.map((g) => g.role) ?? [] };
    const item = { status };
    const may = (transition: 'sign' | 'approve' | 'return') =>
      can(EVALUATION_WORKFLOW, transition, actor, item).ok;
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
      // Reviewers annotate fields while the evaluation is with them.
      canComment:
        (status === 'submitted' || status === 'signed') &&
        hasRole('unitApprover', 'departmentReviewer', 'financeReviewer'),
    };
  }, [status, user, hasRole, t]);
}
