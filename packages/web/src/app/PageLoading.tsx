import { LoadingOutlined } from '@ant-design/icons';
import { theme } from 'antd';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The loading state, in a file of its own because the sign-in path shows it while the session is
 * checked: importing it must not bring Result and Empty (and their illustrations) into the first download.
 * It spins antd's loading icon, which the sign-in button already loads, rather than Spin (its own
 * styles and a debounce library, for the same ring).
 */
export function PageLoading() {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <div style={{ padding: 64, textAlign: 'center' }} role="status" aria-live="polite">
      <LoadingOutlined spin style={{ fontSize: 24, color: token.colorPrimary }} />
      <div style={{ marginTop: 12, color: token.colorTextTertiary }}>{t('common.loading')}</div>
    </div>
  );
}
