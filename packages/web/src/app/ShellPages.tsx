import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages.zh';

function ShellResult({
  status,
  title,
  hint,
}: {
  status: '403' | '404';
  title: MessageKey;
  hint: MessageKey;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={t(title)}
      subTitle={t(hint)}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('shell.backHome')}
        </Button>
      }
    />
  );
}

/** 403: the server refused, or the user's roles do not include the page (the menu does not offer it). */
export const ForbiddenPage = () => (
  <ShellResult status="403" title="shell.forbiddenTitle" hint="shell.forbiddenHint" />
);

/** 404: an address the app does not have. */
export const NotFoundPage = () => (
  <ShellResult status="404" title="shell.notFoundTitle" hint="shell.notFoundHint" />
);
