import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { maxLengthOf } from '../api/limits';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from '../lib/error-text';
import { validatedValues } from '../lib/validated-values';
import { useSession } from './SessionProvider';

interface Fields {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/**
 * Changing one's password; forced (not closable) after signing in with a one-time password the
 * administrator handed out.
 */
export function ChangePasswordDialog({ forced, onClose }: { forced: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const [form] = Form.useForm<Fields>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const onOk = async () => {
    const v = await validatedValues(form);
    if (!v) return;
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(v.currentPassword, v.newPassword);
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
      title={t('password.title')}
      onOk={onOk}
      okText={t('common.save')}
      confirmLoading={busy}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : {} }}
      onCancel={onClose}
    >
      {forced && <Typography.Paragraph>{t('password.forced')}</Typography.Paragraph>}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Fields> form={form} layout="vertical">
        <Form.Item
          label={t('password.current')}
          name="currentPassword"
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.Password
            autoComplete="current-password"
            maxLength={maxLengthOf('POST /api/session/password', 'currentPassword')}
          />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          extra={t('password.rule')}
          rules={[
            { required: true, message: t('common.required') },
            // The server checks the kinds of characters and the common list; here only the least length.
            { min: 12, message: t('password.rule') },
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            maxLength={maxLengthOf('POST /api/session/password', 'newPassword')}
          />
        </Form.Item>
        <Form.Item
          label={t('password.repeat')}
          name="repeat"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            maxLength={maxLengthOf('POST /api/session/password', 'newPassword')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
