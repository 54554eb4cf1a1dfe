import { Alert, Modal, Typography } from 'antd';
import type { UserWithPassword } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import '../../../i18n/areas/admin';

/** The one-time password the server made, shown this once (it is stored only as a hash). */
export function OneTimePasswordDialog({ user, onClose }: { user: UserWithPassword; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={t('admin.password.title')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('common.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        {t('admin.password.for', { name: user.displayName, username: user.username })}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text code copyable data-testid="one-time-password" style={{ fontSize: 18 }}>
          {user.oneTimePassword}
        </Typography.Text>
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('admin.password.once')} />
    </Modal>
  );
}
