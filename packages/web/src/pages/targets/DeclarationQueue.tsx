import { Alert, Card } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import { declarationApi } from './declaration-api';
import { DeclarationTable } from './TargetsListPage';
import '../../i18n/areas/targets';

/**
 * Declarations in the review desk (`awaiting`: those whose next review step is the user's) and on the home
 * page (the user's own), in a table whose type column says 绩效目标 beside the self-evaluations.
 */
export default function DeclarationQueue({ awaiting }: { awaiting: boolean }) {
  const { t } = useI18n();
  const list = useAsync(
    (signal) =>
      declarationApi.list(awaiting ? { awaiting: 'true', pageSize: 100 } : { pageSize: 20 }, signal),
    String(awaiting),
  );
  return (
    <Card size="small" title={t(awaiting ? 'targets.awaiting' : 'targets.mine')} style={{ marginTop: 16 }}>
      {list.status === 'error' && (
        <Alert type="warning" showIcon title={t('error.loadFailed', { message: errorText(t, list.error) })} />
      )}
      <DeclarationTable
        items={list.data?.items ?? []}
        testId={awaiting ? 'review-declarations' : 'home-declarations'}
      />
    </Card>
  );
}
