import { Spin } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The loading state, in a file of its own: the sign-in path shows it while the session is checked, and
 * importing it must not bring Result and Empty (and their illustrations) into the first download.
 */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <div style={{ padding: 64, textAlign: 'center' }} role="status" aria-live="polite">
      <Spin />
      <div style={{ marginTop: 12, color: 'rgba(0,0,0,.45)' }}>{t('common.loading')}</div>
    </div>
  );
}
