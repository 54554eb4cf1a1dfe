import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/endpoints';
import type { Organisation } from '../../../api/types';
import { LoadFailed } from '../../../app/PageState';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useAsync } from '../../../lib/use-async';
import { AdminOnly } from '../AdminOnly';
import { CHILD_KIND, organisationTree, type TreeRow } from '../organisation-tree';
import { OrganisationDialog, type OrganisationEdit } from './OrganisationDialog';
import '../../../i18n/areas/admin';

/** /admin/organisations: the tree 区划 → 财政局 → 主管部门 → 单位 with codes; create, rename, delete. */
export default function OrganisationsPage() {
  return (
    <AdminOnly>
      <Organisations />
    </AdminOnly>
  );
}

function Organisations() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const state = useAsync(() => api.organisations(), 'organisations');
  const [edit, setEdit] = useState<OrganisationEdit>();
  const [refusal, setRefusal] = useState<string>();

  const remove = async (o: Organisation) => {
    setRefusal(undefined);
    try {
      await api.deleteOrganisation(o.id, o.version);
      void message.success(t('admin.orgs.deleted', { name: o.name }));
      state.reload();
    } catch (e) {
      setRefusal(errorText(t, e));
    }
  };

  const actions = (o: Organisation) => {
    const child = CHILD_KIND[o.kind];
    return (
      <Space size={0} wrap>
        {child && (
          <Button
            type="link"
            size="small"
            data-testid={`org-add-${child}`}
            onClick={() => setEdit({ mode: 'create', kind: child, parent: o })}
          >
            {t('admin.orgs.addChild', { kind: t(`admin.orgs.kind.${child}`) })}
          </Button>
        )}
        <Button type="link" size="small" onClick={() => setEdit({ mode: 'edit', organisation: o })}>
          {t('admin.orgs.edit')}
        </Button>
        <Popconfirm
          title={t('admin.orgs.confirmDelete', { name: o.name })}
          okText={t('admin.orgs.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove(o)}
        >
          <Button type="link" size="small" danger>
            {t('admin.orgs.delete')}
          </Button>
        </Popconfirm>
      </Space>
    );
  };

  const rows = state.data ? organisationTree(state.data) : [];
  return (
    <Card
      title={t('admin.orgs.title')}
      size="small"
      extra={
        <Button type="primary" onClick={() => setEdit({ mode: 'create', kind: 'financeBureau' })}>
          {t('admin.orgs.createBureau')}
        </Button>
      }
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          title={t('admin.orgs.deleteRefused')}
          description={refusal}
          onClose={() => setRefusal(undefined)}
          style={{ marginBottom: 12 }}
        />
      )}
      {state.status === 'error' ? (
        <LoadFailed message={errorText(t, state.error)} onRetry={state.reload} />
      ) : (
        <Table<TreeRow>
          size="small"
          rowKey="key"
          loading={state.status === 'loading'}
          dataSource={rows}
          pagination={false}
          // Remounted per load so a newly made level opens too.
          key={state.status === 'ok' ? `tree-${state.data.length}` : 'tree'}
          expandable={{ defaultExpandAllRows: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('admin.orgs.col.name'),
              key: 'name',
              render: (_, r) =>
                r.type === 'region' ? (
                  <Typography.Text strong>
                    {r.regionCode ? t('admin.orgs.region', { code: r.regionCode }) : t('admin.orgs.noRegion')}
                  </Typography.Text>
                ) : (
                  <Space size={4}>
                    <span data-testid="org-name">{r.organisation.name}</span>
                    {r.organisation.demo && <Tag>{t('admin.orgs.demo')}</Tag>}
                  </Space>
                ),
            },
            {
              title: t('admin.orgs.col.kind'),
              key: 'kind',
              width: 100,
              render: (_, r) =>
                r.type === 'organisation' ? t(`admin.orgs.kind.${r.organisation.kind}`) : null,
            },
            {
              title: t('admin.orgs.col.code'),
              key: 'code',
              width: 200,
              render: (_, r) => (r.type === 'organisation' ? (r.organisation.code ?? '—') : null),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 260,
              fixed: 'right',
              render: (_, r) => (r.type === 'organisation' ? actions(r.organisation) : null),
            },
          ]}
        />
      )}
      {edit && (
        <OrganisationDialog
          edit={edit}
          onClose={() => setEdit(undefined)}
          onSaved={(saved) => {
            setEdit(undefined);
            void message.success(
              edit.mode === 'create' ? t('admin.orgs.created', { name: saved.name }) : t('admin.saved'),
            );
            state.reload();
          }}
        />
      )}
    </Card>
  );
}
