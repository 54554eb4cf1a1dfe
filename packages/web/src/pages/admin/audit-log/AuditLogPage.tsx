import { Alert, Button, Card, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { type AuditLogLine, type AuditLogQuery, administrationApi } from '../../../api/administration';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useAsync } from '../../../lib/use-async';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actionLabel, entityLabel, lineChanges } from './audit-lines';
import '../../../i18n/areas/admin';

const PAGE_SIZE = 50;
type Filters = Pick<AuditLogQuery, 'userId' | 'entity' | 'action' | 'entityId' | 'from' | 'to'>;

/** /admin/audit-log: the append-only log, newest first, filtered by user, entity, action and days, with each line's changes. */
export default function AuditLogPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Filters>({});
  const [filters, setFilters] = useState<Filters>({});
  // The `before` cursor of each page shown so far: the first page has none.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const before = cursors.at(-1);
  const users = useAsync((signal) => administrationApi.users(signal), 'users');
  const state = useAsync(
    (signal) =>
      administrationApi.auditLog(
        { ...filters, limit: PAGE_SIZE, ...(before === undefined ? {} : { before }) },
        signal,
      ),
    JSON.stringify({ filters, before }),
  );
  const [shown, setShown] = useState<AuditLogLine | null>(null);
  const lines = state.data ?? [];
  const set = (change: Filters) => setDraft((d) => ({ ...d, ...change }));
  const search = (next: Filters) => {
    setFilters(next);
    setCursors([undefined]);
  };

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <Typography.Title level={4}>{t('admin.audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.audit.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            aria-label={t('admin.audit.user')}
            placeholder={t('admin.audit.user')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            value={draft.userId}
            onChange={(userId?: string) => set({ userId })}
            options={(users.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName}（${u.username}）`,
            }))}
          />
          <Select
            aria-label={t('admin.audit.entity')}
            placeholder={t('admin.audit.entity')}
            allowClear
            style={{ width: 150 }}
            value={draft.entity}
            onChange={(entity?: string) => set({ entity })}
            options={AUDIT_ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
          />
          <Input
            aria-label={t('admin.audit.entityId')}
            placeholder={t('admin.audit.entityId')}
            allowClear
            style={{ width: 200 }}
            value={draft.entityId ?? ''}
            onChange={(e) => set({ entityId: e.target.value || undefined })}
          />
          <Select
            aria-label={t('admin.audit.action')}
            placeholder={t('admin.audit.action')}
            allowClear
            style={{ width: 150 }}
            value={draft.action}
            onChange={(action?: string) => set({ action })}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))}
          />
          <Input
            type="date"
            aria-label={t('admin.audit.from')}
            style={{ width: 150 }}
            value={draft.from ?? ''}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
          <span>—</span>
          <Input
            type="date"
            aria-label={t('admin.audit.to')}
            style={{ width: 150 }}
            value={draft.to ?? ''}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
          <Button type="primary" onClick={() => search(draft)} data-testid="audit-search">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft({});
              search({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Card>
      {state.status === 'error' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('error.loadFailed', { message: errorText(t, state.error) })}
        />
      )}
      <Table<AuditLogLine>
        data-testid="audit-log"
        rowKey="id"
        size="small"
        loading={state.status === 'loading'}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={lines}
        locale={{ emptyText: t('admin.audit.none') }}
        columns={[
          { title: t('admin.audit.at'), render: (_, l) => new Date(l.at).toLocaleString() },
          { title: t('admin.audit.user'), render: (_, l) => l.userName ?? t('admin.audit.system') },
          { title: t('admin.audit.action'), render: (_, l) => actionLabel(t, l.action) },
          { title: t('admin.audit.entity'), render: (_, l) => entityLabel(t, l.entity) },
          { title: t('admin.audit.entityId'), dataIndex: 'entityId' },
          {
            title: t('admin.audit.changes'),
            fixed: 'right',
            render: (_, l) => (
              <Button size="small" onClick={() => setShown(l)}>
                {t('admin.audit.showDiff')}
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors([undefined])}>
          {t('admin.audit.first')}
        </Button>
        <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('admin.audit.newer')}
        </Button>
        <Button
          disabled={lines.length < PAGE_SIZE}
          onClick={() => setCursors((c) => [...c, lines.at(-1)?.id])}
          data-testid="audit-older"
        >
          {t('admin.audit.older')}
        </Button>
        <Typography.Text type="secondary">{t('admin.audit.page', { page: cursors.length })}</Typography.Text>
      </Space>
      {shown && <ChangesDialog line={shown} onClose={() => setShown(null)} />}
    </div>
  );
}

function ChangesDialog({ line, onClose }: { line: AuditLogLine; onClose: () => void }) {
  const { t } = useI18n();
  const changes = lineChanges(line);
  return (
    <Modal
      open
      width={900}
      title={t('admin.audit.diffTitle', {
        entity: entityLabel(t, line.entity),
        entityId: line.entityId,
        action: actionLabel(t, line.action),
      })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <Table
        data-testid="audit-diff"
        rowKey="path"
        size="small"
        pagination={false}
        scroll={{ y: 480 }}
        dataSource={changes}
        locale={{ emptyText: t('admin.audit.noChanges') }}
        columns={[
          { title: t('admin.audit.field'), dataIndex: 'path', width: '34%' },
          {
            title: t('admin.audit.before'),
            dataIndex: 'before',
            render: (v: string) => <Typography.Text delete={v !== ''}>{v}</Typography.Text>,
          },
          { title: t('admin.audit.after'), dataIndex: 'after' },
        ]}
      />
    </Modal>
  );
}
