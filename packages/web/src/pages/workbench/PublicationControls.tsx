import { GlobalOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Tag } from 'antd';
import { useState } from 'react';
import { call } from '../../api/openapi';
import type { EvaluationRecord } from '../../api/types';
import { useSession } from '../../auth/SessionProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { errorText } from '../../lib/error-text';
import { useAsync } from '../../lib/use-async';
import '../../i18n/areas/publication';

/**
 * 信息公开 on an approved evaluation, for the bureau's reviewers: 发布 (publish) or, once published, the 已发布
 * tag with 撤回 (withdraw, with a reason). Who may publish under the region's rule is the server's decision;
 * a refusal shows its sentence.
 */
export function PublicationControls({ record }: { record: EvaluationRecord }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const { message, modal } = App.useApp();
  const reviewer = hasRole('financeReviewer', 'departmentReviewer');
  const state = useAsync(
    (signal) =>
      call('get', '/api/publications', { query: { itemId: record.id, live: 'true', limit: 1 }, signal }),
    `${record.id}:${record.status}`,
  );
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (record.status !== 'approved') return null;
  const live = state.status === 'ok' ? state.data.items[0] : undefined;

  const publish = () =>
    modal.confirm({
      title: t('pub.publish'),
      content: t('pub.publishConfirm'),
      okText: t('pub.publish'),
      onOk: async () => {
        try {
          await call('post', '/api/evaluations/{id}/publish', { params: { id: record.id } });
          message.success(t('pub.publishDone'));
          state.reload();
        } catch (e) {
          message.error(errorText(t, e));
        }
      },
    });
  const withdraw = async () => {
    if (!live) return;
    if (reason.trim() === '') {
      message.error(t('pub.withdrawReasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await call('post', '/api/publications/{id}/withdraw', { params: { id: live.id }, body: { reason } });
      message.success(t('pub.withdrawDone'));
      setWithdrawing(false);
      setReason('');
      state.reload();
    } catch (e) {
      message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {live && (
        <Tag color="green" icon={<GlobalOutlined />} data-testid="published-tag">
          <a href={`/public/${live.id}`} target="_blank" rel="noreferrer">
            {t('pub.published')}
          </a>
        </Tag>
      )}
      {reviewer && !live && state.status === 'ok' && (
        <Button icon={<GlobalOutlined />} onClick={publish} data-testid="publish">
          {t('pub.publish')}
        </Button>
      )}
      {reviewer && live && (
        <Button danger icon={<StopOutlined />} onClick={() => setWithdrawing(true)} data-testid="unpublish">
          {t('pub.withdraw')}
        </Button>
      )}
      <Modal
        open={withdrawing}
        title={t('pub.withdrawTitle')}
        okText={t('pub.withdraw')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'unpublish-confirm' }}
        onOk={() => void withdraw()}
        onCancel={() => setWithdrawing(false)}
        destroyOnHidden
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('pub.withdrawReason')}
          aria-label={t('pub.withdrawReason')}
          data-testid="unpublish-reason"
        />
      </Modal>
    </>
  );
}
