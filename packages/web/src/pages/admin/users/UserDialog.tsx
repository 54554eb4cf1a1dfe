import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLE_ORGANISATION_KIND, ROLES } from '@jixiao/domain';
import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { api } from '../../../api/endpoints';
import type { Organisation, Role, UserRecord, UserWithPassword } from '../../../api/types';
import { useI18n } from '../../../i18n/I18nProvider';
import { ADMIN_LIMITS as L, USERNAME_PATTERN } from '../limits';
import { SaveDialog } from '../SaveDialog';
import { useFormSave } from '../use-form-save';
import '../../../i18n/areas/admin';

interface RoleRow {
  role?: Role;
  organisationId?: string | null;
}
interface Fields {
  username: string;
  displayName: string;
  roles: RoleRow[];
}

const FIELDS = ['username', 'displayName', 'roles'] as const;

/** The roles as the server takes them; 系统管理员 is held everywhere (no organisation). */
function rolesOut(rows: RoleRow[]): { role: Role; organisationId: string | null }[] {
  return rows.flatMap((r) =>
    r.role
      ? [{ role: r.role, organisationId: ROLE_ORGANISATION_KIND[r.role] ? (r.organisationId ?? null) : null }]
      : [],
  );
}
const sameRoles = (a: ReturnType<typeof rolesOut>, b: ReturnType<typeof rolesOut>) => {
  const key = (r: { role: string; organisationId: string | null }) => `${r.role}@${r.organisationId ?? ''}`;
  return JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
};

/**
 * A new account (username, 姓名, roles each at an organisation of the right kind; the server makes its
 * one-time password), or an existing one's 姓名 and roles. One's own roles cannot be changed.
 */
export function UserDialog({
  user,
  self,
  organisations,
  paths,
  onClose,
  onCreated,
  onSaved,
}: {
  user?: UserRecord;
  self: boolean;
  organisations: readonly Organisation[];
  paths: ReadonlyMap<string, string>;
  onClose: () => void;
  onCreated: (created: UserWithPassword) => void;
  onSaved: (saved: UserRecord) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Fields>();
  const { busy, unplaced, save } = useFormSave(form, FIELDS);
  const initial: Fields = user
    ? {
        username: user.username,
        displayName: user.displayName,
        roles: user.roles.map((r) => ({ role: r.role, organisationId: r.organisationId })),
      }
    : { username: '', displayName: '', roles: [{}] };
  const optionsFor = (role: Role | undefined) => {
    const kind = role ? ROLE_ORGANISATION_KIND[role] : null;
    return organisations
      .filter((o) => o.kind === kind)
      .map((o) => ({ value: o.id, label: paths.get(o.id) ?? o.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  };

  const onOk = () =>
    save(async (v) => {
      const roles = rolesOut(v.roles);
      if (!user) {
        onCreated(await api.createUser({ username: v.username, displayName: v.displayName, roles }));
        return;
      }
      const before = rolesOut(user.roles);
      // Sending roles ends the user's sessions: only when they changed.
      const changed = !self && !sameRoles(before, roles);
      onSaved(
        await api.updateUser(user.id, {
          version: user.version,
          displayName: v.displayName,
          ...(changed ? { roles } : {}),
        }),
      );
    });

  return (
    <SaveDialog
      width={640}
      title={user ? t('admin.users.dialogEdit', { name: user.displayName }) : t('admin.users.dialogCreate')}
      busy={busy}
      unplaced={unplaced}
      onSave={onOk}
      onClose={onClose}
    >
      <Form<Fields> form={form} layout="vertical" initialValues={initial}>
        <Form.Item
          label={t('admin.users.username')}
          name="username"
          extra={user ? undefined : t('admin.users.usernameHint')}
          rules={[
            {
              required: true,
              min: L.usernameMin,
              max: L.usernameMax,
              pattern: USERNAME_PATTERN,
              message: t('admin.users.usernameRule', { min: L.usernameMin, max: L.usernameMax }),
            },
          ]}
        >
          <Input id="user-username" maxLength={L.usernameMax} disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.displayName')}
          name="displayName"
          rules={[
            {
              required: true,
              whitespace: true,
              max: L.displayNameMax,
              message: t('admin.users.displayNameRule', { max: L.displayNameMax }),
            },
          ]}
        >
          <Input id="user-display-name" maxLength={L.displayNameMax} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('admin.users.roles')}
          required
          extra={self ? t('admin.users.selfRoles') : undefined}
        >
          <Form.List
            name="roles"
            rules={[
              {
                validator: (_, rows: RoleRow[] | undefined) =>
                  rolesOut(rows ?? []).length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('admin.users.rolesRequired'))),
              },
            ]}
          >
            {(rows, { add, remove }, { errors }) => (
              <>
                {rows.map((row) => (
                  <Space key={row.key} align="start" style={{ display: 'flex' }} data-testid="role-row">
                    <Form.Item
                      name={[row.name, 'role']}
                      rules={[{ required: true, message: t('admin.users.rolesRequired') }]}
                    >
                      <Select
                        style={{ width: 170 }}
                        disabled={self}
                        aria-label={t('admin.users.role')}
                        placeholder={t('admin.users.role')}
                        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                        onChange={() => form.setFieldValue(['roles', row.name, 'organisationId'], null)}
                      />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['roles', row.name, 'role']]}>
                      {() => {
                        const role: Role | undefined = form.getFieldValue(['roles', row.name, 'role']);
                        const kind = role ? ROLE_ORGANISATION_KIND[role] : null;
                        if (role && !kind)
                          return (
                            <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                              {t('admin.users.everywhere')}
                            </Typography.Text>
                          );
                        const kindLabel = t(`admin.orgs.kind.${kind ?? 'unit'}`);
                        return (
                          <Form.Item
                            name={[row.name, 'organisationId']}
                            rules={[
                              {
                                required: true,
                                message: t('admin.users.organisationRequired', { kind: kindLabel }),
                              },
                            ]}
                          >
                            <Select
                              style={{ width: 340 }}
                              disabled={self || !role}
                              showSearch={{ optionFilterProp: 'label' }}
                              aria-label={t('admin.users.organisation')}
                              placeholder={t('admin.users.organisationRequired', { kind: kindLabel })}
                              options={optionsFor(role)}
                            />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    {!self && rows.length > 1 && (
                      <Button
                        type="text"
                        aria-label={t('admin.users.removeRole')}
                        icon={<MinusCircleOutlined />}
                        onClick={() => remove(row.name)}
                      />
                    )}
                  </Space>
                ))}
                {!self && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('admin.users.addRole')}
                  </Button>
                )}
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        {!user && <Alert type="info" title={t('admin.users.passwordNote')} />}
      </Form>
    </SaveDialog>
  );
}
