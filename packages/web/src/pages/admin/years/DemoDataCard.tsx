import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { administrationApi } from '../../../api/administration';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import '../../../i18n/areas/admin';

/** Removing the demo data (DELETE /api/demo) after a confirmation that says what goes. */
export function DemoDataCard() {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  function confirm() {
    modal.confirm({
      title: t('admin.demo.confirmTitle'),
      content: t('admin.demo.confirmBody'),
      okText: t('admin.demo.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          const { removed } = await administrationApi.removeDemoData();
          message.success(t('admin.demo.removed', removed));
        } catch (e) {
          message.error(t('admin.demo.failed', { message: errorText(t, e) }));
        } finally {
          setBusy(false);
        }
      },
    });
  }
  return (
    <Card size="small" title={t('admin.demo.title')}>
      <Typography.Paragraph type="secondary">{t('admin.demo.intro')}</Typography.Paragraph>
      <Button danger loading={busy} onClick={confirm} data-testid="remove-demo">
        {t('admin.demo.remove')}
      </Button>
    </Card>
  );
}
