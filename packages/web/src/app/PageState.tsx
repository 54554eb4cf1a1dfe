import { Button, Empty, Result } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** The three states every page has besides its content: loading, empty and failed — in plain words. */
export { PageLoading } from './PageLoading';

export function PageEmpty({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <Empty description={text} style={{ padding: 32 }}>
      {action}
    </Empty>
  );
}

export function LoadFailed({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Result
      status="warning"
      title={t('error.loadFailed', { message })}
      extra={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : null}
    />
  );
}

/** Shown when a page throws: never a stack trace. */
export function PageError() {
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('error.pageTitle')}
      subTitle={t('error.pageHint')}
      extra={<Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>}
    />
  );
}
