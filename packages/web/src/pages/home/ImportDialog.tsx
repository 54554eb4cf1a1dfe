import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { issueLines } from '../../lib/issue-lines';

/** Upload an official .xlsx or the project's JSON; the reader's problems are listed with sheet/row/column. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; lines: string[] }>();

  const upload = async (file: File) => {
    setBusy(true);
    setError(undefined);
    try {
      const unit = user?.roles.find((g) => g.role === 'preparer')?.organisationId;
      if (!unit) throw new Error('no unit');
      const res = await api.importEvaluation(file, unit);
      navigate(`/evaluations/${res.id}`);
    } catch (e) {
      setError({ message: t('import.failed', { message: errorText(t, e) }), lines: issueLines(e, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('import.title')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('import.hint')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.json"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('import.choose')}（.xlsx / .json）</p>
      </Upload.Dragger>
      {error && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={error.message}
          description={
            error.lines.length > 0 ? (
              <div>
                <div>{t('import.problemsTitle', { count: error.lines.length })}</div>
                <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 240, overflow: 'auto' }}>
                  {error.lines.map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </div>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}
