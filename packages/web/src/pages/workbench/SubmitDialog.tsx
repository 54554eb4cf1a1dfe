import type { Finding } from '@jixiao/domain';
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { countNearLimit, maxLengthOf } from '../../api/limits';
import type { Acknowledgement } from '../../api/types';
import { SimpleList } from '../../components/SimpleList';
import { useI18n } from '../../i18n/I18nProvider';
import '../../i18n/areas/workbench';

interface Props {
  errorCount: number;
  warnings: Finding[];
  busy: boolean;
  onCancel: () => void;
  onSubmit: (acks: Acknowledgement[]) => void;
}

const keyOf = (f: Finding) => `${f.code}@${f.location.path}`;

/** Submission: blocked while errors remain; each warning needs a note saying why it stands. */
export function SubmitDialog({ errorCount, warnings, busy, onCancel, onSubmit }: Props) {
  const { t, lang } = useI18n();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const allNoted = warnings.every((w) => (notes[keyOf(w)] ?? '').trim() !== '');
  const blocked = errorCount > 0;
  return (
    <Modal
      open
      title={t('wb.submitTitle')}
      width={720}
      onCancel={onCancel}
      okText={t('wb.submitConfirm')}
      okButtonProps={{ disabled: blocked || !allNoted, 'data-testid': 'submit-confirm' }}
      confirmLoading={busy}
      onOk={() =>
        onSubmit(
          warnings.map((w) => ({
            code: w.code,
            path: w.location.path,
            note: (notes[keyOf(w)] ?? '').trim(),
          })),
        )
      }
    >
      {blocked && (
        <Alert
          type="error"
          showIcon
          title={t('wb.submitBlocked', { count: errorCount })}
          style={{ marginBottom: 12 }}
        />
      )}
      {!blocked && warnings.length > 0 && (
        <>
          <Typography.Paragraph>{t('wb.submitAck', { count: warnings.length })}</Typography.Paragraph>
          <SimpleList
            items={warnings}
            empty=""
            keyOf={keyOf}
            render={(w, i) => (
              <>
                <Typography.Text type="warning">{w.message[lang]}</Typography.Text>
                <Input.TextArea
                  data-testid={`ack-${i}`}
                  aria-label={`${t('wb.submitAckNote')} ${i + 1}`}
                  placeholder={t('wb.submitAckNote')}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={maxLengthOf('POST /api/evaluations/{id}/submit', 'acknowledgements[].note')}
                  showCount={countNearLimit}
                  value={notes[keyOf(w)] ?? ''}
                  onChange={(e) => setNotes((n) => ({ ...n, [keyOf(w)]: e.target.value }))}
                  style={{ marginTop: 4 }}
                />
              </>
            )}
          />
        </>
      )}
    </Modal>
  );
}
