import { ROLES } from '@jixiao/domain';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../../api/endpoints';
import type { UserFilters, UserRecord, UserStatus, UserWithPassword } from '../../../api/types';
import { LoadFailed } from '../../../app/PageState';
import { useSession } from '../../../auth/SessionProvider';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorText } from '../../../lib/error-text';
import { useAsync } from '../../../lib/use-async';
import { AdminOnly } from '../AdminOnly';
import { ADMIN_LIMITS as L } from '../limits';
import { organisationPaths } from '../organisation-tree';
import { OneTimePasswordDialog } from './OneTimePasswordDialog';
import { UserDialog } from './UserDialog';
import '../../../i18n/areas/admin';

const STATUSES = [
  'active',
  'disabled',
  'locked',
  'mustChangePassword',
] as const satisfies readonly UserStatus[];
const STATUS_COLOR: Record<UserStatus, string> = {
  active: 'green',
  disabled: 'default',
  locked: 'red',
  mustChangePassword: 'orange',
};

/** What the list shows of a user's state: disabled, or active — and locked or awaiting the first change. */
function statusesOf(u: UserRecord): UserStatus[] {
  if (!u.active) return ['disabled'];
  return [
    'active',
    ...(u.locked ? (['locked'] as const) : []),
    ...(u.mustChangePassword ? (['mustChangePassword'] as const) : []),
  ];
}

/** /admin/users: accounts with filters; create (one-time password), edit, disable/enable, reset, unlock. */
export default function UsersPage() {
  return (
    <AdminOnly>
      <Users />
    </AdminOnly>
  );
}

function Users() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user: me } = useSession();
  const [filters, setFilters] = useState<UserFilters>({});
  const [form] = Form.useForm<UserFilters>();
  const users = useAsync((signal) => api.users(filters, signal), JSON.stringify(filters));
  const orgs = useAsync(() => api.organisations(), 'organisations');
  const organisations = orgs.data ?? [];
  const paths = useMemo(() => organisationPaths(orgs.data ?? []), [orgs.data]);
  const [editing, setEditing] = useState<{ user?: UserRecord }>();
  const [password, setPassword] = useState<UserWithPassword>();

  /** One action on a row, its failure said in plain words. */
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
    } catch (e) {
      void message.error(errorText(t, e));
    }
    users.reload();
  };
  const resetPassword = async (u: UserRecord) => {
    try {
      setPassword(await api.resetPassword(u.id));
    } catch (e) {
      void message.error(errorText(t, e));
    }
    users.reload();
  };

  const actions = (u: UserRecord) => {
    const self = u.id === me?.id;
    return (
      <Space size={0} wrap>
        <Button type="link" size="small" onClick={() => setEditing({ user: u })}>
          {t('admin.users.edit')}
        </Button>
        {!self && (
          <Popconfirm
            title={t(u.active ? 'admin.users.confirmDisable' : 'admin.users.confirmEnable', {
              name: u.displayName,
            })}
            okText={t(u.active ? 'admin.users.disable' : 'admin.users.enable')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: u.active }}
            onConfirm={() =>
              act(
                () => api.updateUser(u.id, { version: u.version, active: !u.active }),
                t(u.active ? 'admin.users.disabled' : 'admin.users.enabled', { name: u.displayName }),
              )
            }
          >
            <Button type="link" size="small" danger={u.active}>
              {t(u.active ? 'admin.users.disable' : 'admin.users.enable')}
            </Button>
          </Popconfirm>
        )}
        {!self && (
          <Popconfirm
            title={t('admin.users.confirmReset', { name: u.displayName })}
            okText={t('admin.users.reset')}
            cancelText={t('common.cancel')}
            onConfirm={() => resetPassword(u)}
          >
            <Button type="link" size="small">
              {t('admin.users.reset')}
            </Button>
          </Popconfirm>
        )}
        {u.locked && (
          <Button
            type="link"
            size="small"
            onClick={() =>
              act(
                () => api.updateUser(u.id, { version: u.version, unlock: true }),
                t('admin.users.unlocked', { name: u.displayName }),
              )
            }
          >
            {t('admin.users.unlock')}
          </Button>
        )}
      </Space>
    );
  };

  const organisationOptions = organisations
    .map((o) => ({ value: o.id, label: paths.get(o.id) ?? o.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));

  return (
    <Card
      title={t('admin.users.title')}
      size="small"
      extra={
        <Button type="primary" onClick={() => setEditing({})} disabled={orgs.status !== 'ok'}>
          {t('admin.users.create')}
        </Button>
      }
    >
      <Form<UserFilters>
        form={form}
        layout="inline"
        onFinish={(v: UserFilters) => setFilters({ ...v, q: v.q?.trim() || undefined })}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="q">
          <Input
            allowClear
            placeholder={t('admin.users.filterName')}
            maxLength={L.displayNameMax}
            style={{ width: 180 }}
          />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.filterRole')}>
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('common.all')}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="organisationId" label={t('admin.users.filterOrganisation')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 280 }}
            placeholder={t('common.all')}
            options={organisationOptions}
          />
        </Form.Item>
        <Form.Item name="status" label={t('admin.users.filterStatus')}>
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('common.all')}
            options={STATUSES.map((s) => ({ value: s, label: t(`admin.users.status.${s}`) }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form>
      {users.status === 'error' ? (
        <LoadFailed message={errorText(t, users.error)} onRetry={users.reload} />
      ) : (
        <Table<UserRecord>
          size="small"
          rowKey="id"
          loading={users.status === 'loading'}
          dataSource={users.data ?? []}
          pagination={{ pageSize: 50, showTotal: (count) => t('common.total', { count }) }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('admin.users.col.username'), dataIndex: 'username', key: 'username' },
            {
              title: t('admin.users.col.displayName'),
              key: 'displayName',
              render: (_, u) => `${u.displayName}${u.id === me?.id ? t('admin.users.self') : ''}`,
            },
            {
              title: t('admin.users.col.roles'),
              key: 'roles',
              render: (_, u) => (
                <Space size={[0, 4]} wrap>
                  {u.roles.map((r) => (
                    <Tag key={`${r.role}@${r.organisationId ?? ''}`}>
                      {r.organisationId
                        ? t('admin.users.roleAt', {
                            role: t(`role.${r.role}`),
                            organisation: paths.get(r.organisationId) ?? '—',
                          })
                        : t(`role.${r.role}`)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('admin.users.col.status'),
              key: 'status',
              render: (_, u) =>
                statusesOf(u).map((s) => (
                  <Tag key={s} color={STATUS_COLOR[s]}>
                    {t(`admin.users.status.${s}`)}
                  </Tag>
                )),
            },
            { title: t('common.actions'), key: 'actions', fixed: 'right', render: (_, u) => actions(u) },
          ]}
        />
      )}
      {editing && (
        <UserDialog
          {...(editing.user ? { user: editing.user } : {})}
          self={editing.user?.id === me?.id}
          organisations={organisations}
          paths={paths}
          onClose={() => setEditing(undefined)}
          onCreated={(created) => {
            setEditing(undefined);
            setPassword(created);
            users.reload();
          }}
          onSaved={() => {
            setEditing(undefined);
            void message.success(t('admin.saved'));
            users.reload();
          }}
        />
      )}
      {password && <OneTimePasswordDialog user={password} onClose={() => setPassword(undefined)} />}
    </Card>
  );
}
