import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { countNearLimit, maxLengthOf } from '../../api/limits';
import { useI18n } from '../../i18n/I18nProvider';

/** Sign off or approve (optional comment), or return (reason required). */
export function ReviewDialog({
  action,
  busy,
  onCancel,
  onConfirm,
}: {
  action: 'sign' | 'approve' | 'return';
  busy: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const needsText = action === 'return';
  const title =
    action === 'sign' ? t('review.sign') : action === 'approve' ? t('review.approve') : t('review.return');
  const prompt =
    action === 'sign'
      ? t('review.signComment')
      : action === 'approve'
        ? t('review.approveComment')
        : t('review.returnReason');
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
