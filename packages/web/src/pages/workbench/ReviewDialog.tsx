import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { BatchAction } from '../../api/endpoints';
import { countNearLimit, maxLengthOf } from '../../api/limits';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import type { ReviewAction } from './use-workbench-actions';
import '../../i18n/areas/review';

const TITLE: Record<ReviewAction, MessageKey> = {
  sign: 'review.sign',
  approve: 'review.approve',
  return: 'review.return',
  withdraw: 'review.withdraw',
};
const BATCH_TITLE: Record<BatchAction, MessageKey> = {
  sign: 'review.batchSign',
  approve: 'review.batchApprove',
  return: 'review.batchReturn',
};
const PROMPT: Record<ReviewAction, MessageKey> = {
  sign: 'review.signComment',
  approve: 'review.approveComment',
  return: 'review.returnReason',
  withdraw: 'review.withdrawComment',
};

/**
 * Sign off, approve or withdraw (optional comment), or return (reason required) — one evaluation, or
 * `count` selected in the review list with one comment for all.
 */
export function ReviewDialog({
  action,
  busy,
  count,
  onCancel,
  onConfirm,
}: {
  action: ReviewAction;
  busy: boolean;
  /** For a batch: how many are selected. */
  count?: number;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const needsText = action === 'return';
  const title = count !== undefined && action !== 'withdraw' ? t(BATCH_TITLE[action]) : t(TITLE[action]);
  const prompt =
    count === undefined
      ? t(PROMPT[action])
      : t(action === 'return' ? 'review.batchReason' : 'review.batchComment', { count });
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      okText={title}
      okButtonProps={{
        disabled: needsText && text.trim() === '',
        danger: action === 'return',
        'data-testid': 'review-confirm',
      }}
      confirmLoading={busy}
      onOk={() => onConfirm(text.trim())}
    >
      <Typography.Paragraph>{prompt}</Typography.Paragraph>
      <Input.TextArea
        data-testid="review-text"
        aria-label={prompt}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={maxLengthOf('POST /api/evaluations/{id}/return', 'comment')}
        showCount={countNearLimit}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}
