import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import '../../i18n/areas/admin';

/** The administration pages are the 系统管理员's; anyone else is told so instead of meeting refused requests. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  if (!hasRole('admin'))
    return <Result status="403" title={t('admin.forbidden.title')} subTitle={t('admin.forbidden.hint')} />;
  return children;
}
