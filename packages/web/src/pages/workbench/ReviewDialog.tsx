import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Approve (optional comment) or return (reason required) a submitted evaluation. */
export function ReviewDialog({
  action,
  busy,
  onCancel,
  onConfirm,
}: {
  action: 'approve' | 'return';
  busy: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const needsText = action === 'return';
  return (
    <Modal
      open
      title={action === 'approve' ? t('review.approve') : t('review.return')}
      onCancel={onCancel}
      okText={action === 'approve' ? t('review.approve') : t('review.return')}
      okButtonProps={{ disabled: needsText && text.trim() === '', danger: action === 'return' }}
      confirmLoading={busy}
      onOk={() => onConfirm(text.trim())}
    >
      <Typography.Paragraph>
        {action === 'approve' ? t('review.approveComment') : t('review.returnReason')}
      </Typography.Paragraph>
      <Input.TextArea
        data-testid="review-text"
        aria-label={action === 'approve' ? t('review.approveComment') : t('review.returnReason')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </Modal>
  );
}
