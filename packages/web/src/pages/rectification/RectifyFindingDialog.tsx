import type { Finding } from '@jixiao/domain';
import { Alert, App as AntApp, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { rectificationApi } from './rectification-api';
import '../../i18n/areas/rectification';

/**
 * A reviewer enters one of the evaluation's findings in the rectification ledger: the problem is the
 * finding's message and the deadline the rule set's (both the server's); the reviewer writes the measure.
 */
export default function RectifyFindingDialog({
  evaluationId,
  finding,
  onClose,
}: {
  evaluationId: string;
  finding: Finding;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [measure, setMeasure] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const item = await rectificationApi.fromFinding(
        evaluationId,
        finding.code,
        finding.location.path,
        measure,
      );
      message.success(t('rect.fromFinding.done', { deadline: item.deadline }));
      onClose();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('rect.fromFinding')}
      okText={t('rect.new.create')}
      okButtonProps={{ disabled: measure.trim() === '', loading: busy }}
      onOk={submit}
      onCancel={onClose}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{finding.message[lang]}</Typography.Text>
        <Input.TextArea
          aria-label={t('rect.measure.prompt')}
          placeholder={t('rect.measure.prompt')}
          rows={3}
          value={measure}
          onChange={(e) => setMeasure(e.target.value)}
        />
        {error && <Alert type="error" message={error} />}
      </Space>
    </Modal>
  );
}
