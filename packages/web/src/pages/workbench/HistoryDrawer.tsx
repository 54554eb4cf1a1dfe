import { Drawer, Timeline, Typography } from 'antd';
import { api } from '../../api/endpoints';
import { LoadFailed, PageLoading } from '../../app/PageState';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.zh';
import { errorText } from '../../lib/error-text';
import { showDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { fieldLabel } from '../../workbench/field-label';
import '../../i18n/areas/review';
import '../../i18n/areas/workbench';

const KNOWN_ACTIONS = new Set([
  'create',
  'update',
  'submit',
  'sign',
  'approve',
  'return',
  'withdraw',
  'comment',
  'reply',
  'resolve',
  'reopen',
]);

const COLOR: Partial<Record<string, string>> = {
  return: 'red',
  approve: 'green',
  resolve: 'green',
  withdraw: 'gray',
  comment: 'orange',
  reply: 'orange',
  reopen: 'orange',
};

/**
 * States, withdrawals, comments with their replies and resolutions, in time order, visible to everyone
 * who may see the evaluation.
 */
export function HistoryDrawer({
  id,
  version,
  onClose,
}: {
  id: string;
  version: number;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const state = useAsync(() => api.history(id), `${id}@${version}`);
  return (
    <Drawer open title={t('history.title')} onClose={onClose} size={480}>
      {state.status === 'loading' && <PageLoading />}
      {state.status === 'error' && <LoadFailed message={errorText(t, state.error)} onRetry={state.reload} />}
      {state.status === 'ok' &&
        (state.data.length === 0 ? (
          <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>
        ) : (
          <Timeline
            data-testid="history"
            items={state.data.map((h, i) => ({
              key: `${h.at}-${i}`,
              color: COLOR[h.action] ?? 'blue',
              content: (
                <div>
                  <Typography.Text strong>
                    {t('history.entry', {
                      who: h.userName ?? '',
                      action: KNOWN_ACTIONS.has(h.action)
                        ? t(`history.action.${h.action}` as MessageKey)
                        : h.action,
                    })}
                  </Typography.Text>
                  <div className="jx-muted" style={{ fontSize: 12 }}>
                    {showDateTime(h.at, lang)}
                    {h.toStatus && h.toStatus !== h.fromStatus
                      ? ` · ${h.fromStatus ? `${t(`status.${h.fromStatus}`)} → ` : ''}${t(`status.${h.toStatus}`)}`
                      : ''}
                  </div>
                  {h.comment && (
                    <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid="history-comment">
                      {h.path ? `${fieldLabel(h.path, t, lang)}：` : ''}
                      {h.comment}
                    </Typography.Paragraph>
                  )}
                  {h.acknowledgements && h.acknowledgements.length > 0 && (
                    <div style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary">{t('review.acks')}</Typography.Text>
                      <ul style={{ margin: '2px 0 0', paddingLeft: 18 }}>
                        {h.acknowledgements.map((a) => (
                          <li key={`${a.code}@${a.path}`}>
                            {a.path ? `${fieldLabel(a.path, t, lang)}：` : ''}
                            {a.note}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        ))}
    </Drawer>
  );
}
