import { Alert } from 'antd';
import { api } from '../../api/endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { showDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import '../../i18n/areas/review';

/** On a returned evaluation, the reviewer's reason stands at the top of the workbench, with who and when. */
export function ReturnNotice({ id, version }: { id: string; version: number }) {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.history(id), `${id}@${version}`);
  if (state.status !== 'ok') return null;
  const last = [...state.data].reverse().find((h) => h.action === 'return');
  if (!last?.comment) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="return-notice"
      title={t('review.returnedBy', { who: last.userName ?? '', at: showDateTime(last.at, lang) })}
      description={last.comment}
    />
  );
}
