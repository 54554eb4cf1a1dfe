import {
  AuditOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  GlobalOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  SettingOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Badge, Breadcrumb, Button, Layout, Menu, type MenuProps, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useMatches, useNavigate } from 'react-router-dom';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { useSession } from '../auth/SessionProvider';
import { RoleTag } from '../components/RoleTag';
import { roleText } from '../components/role-text';
import { useI18n } from '../i18n/I18nProvider';
import { breadcrumbFor, type MenuEntry, type MenuIcon, type MenuItem, menuFor, selectedAt } from './menu';
import { useTodoCounts } from './todo-counts';

const { Header, Sider, Content } = Layout;

const HEADER_HEIGHT = 64;

const ICONS: Record<MenuIcon, ReactNode> = {
  home: <HomeOutlined />,
  list: <UnorderedListOutlined />,
  review: <CheckSquareOutlined />,
  overview: <DashboardOutlined />,
  audit: <AuditOutlined />,
  admin: <SettingOutlined />,
};

/** Routes mark the page that answers an unknown address with `handle: { notFound: true }`. */
function isNotFoundHandle(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'notFound' in handle && handle.notFound === true;
}

function useMenuItems(items: MenuItem[]): NonNullable<MenuProps['items']> {
  const { t } = useI18n();
  const entry = (e: MenuEntry) => ({
    key: e.key,
    icon: e.icon ? ICONS[e.icon] : undefined,
    label: (
      <Link to={e.path}>
        {t(e.label)}
        {e.badge ? (
          <Badge
            count={e.badge}
            size="small"
            style={{ marginInlineStart: 8 }}
            data-testid={`todo-${e.key}`}
          />
        ) : null}
      </Link>
    ),
  });
  return items.map((item) =>
    'children' in item
      ? { key: item.key, icon: ICONS[item.icon], label: t(item.label), children: item.children.map(entry) }
      : entry(item),
  );
}

/**
 * The signed-in frame, in the antd-pro arrangement reviewers know: a header with the product, language
 * and the user; a side menu by role with to-do counts; breadcrumbs from the route above the page.
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, signOut } = useSession();
  const location = useLocation();
  const matches = useMatches();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const roles = user?.roles.map((g) => g.role) ?? [];
  const counts = useTodoCounts(location.pathname);
  const items = useMenuItems(menuFor(roles, counts));
  const { selected, open } = selectedAt(location.pathname);
  const known = !matches.some((m) => isNotFoundHandle(m.handle));
  const crumbs = breadcrumbFor(location.pathname, known).map((c, i, all) => ({
    key: `${i}`,
    title: c.path && i < all.length - 1 ? <Link to={c.path}>{t(c.label)}</Link> : <span>{t(c.label)}</span>,
  }));
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          paddingInline: 20,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.fullName')}
        </Link>
        <div style={{ flex: 1 }} />
        <Space size="small" style={{ minWidth: 0 }}>
          <Button
            type="text"
            icon={<GlobalOutlined />}
            style={{ color: '#fff' }}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('nav.language')}
          </Button>
          {/* A long name or many roles are cut, never pushing the buttons out of the window. */}
          <span
            style={{
              display: 'inline-block',
              maxWidth: 180,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: 'nowrap',
              verticalAlign: 'middle',
              lineHeight: '22px',
              color: '#fff',
            }}
            title={user?.displayName ?? user?.username}
            data-testid="current-user"
          >
            <UserOutlined /> {user?.displayName ?? user?.username}
          </span>
          <div
            style={{ display: 'flex', gap: 4, maxWidth: 400, overflow: 'hidden' }}
            title={user?.roles.map((g) => roleText(t, g)).join('、')}
            data-testid="current-roles"
          >
            {user?.roles.map((g) => (
              <RoleTag key={`${g.role}@${g.organisationId ?? ''}`} grant={g} />
            ))}
          </div>
          <Button
            type="text"
            icon={<KeyOutlined />}
            style={{ color: '#fff' }}
            onClick={() => setChangingPassword(true)}
          >
            {t('nav.changePassword')}
          </Button>
          <Button
            type="text"
            icon={<LogoutOutlined />}
            style={{ color: '#fff' }}
            onClick={() => void signOut().then(() => navigate('/signin'))}
          >
            {t('nav.signOut')}
          </Button>
        </Space>
      </Header>
      <Layout>
        <Sider
          theme="light"
          width={184}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{
            position: 'sticky',
            top: HEADER_HEIGHT,
            height: `calc(100vh - ${HEADER_HEIGHT}px)`,
            overflow: 'auto',
            borderInlineEnd: '1px solid #f0f0f0',
          }}
        >
          <nav aria-label={t('nav.menu')}>
            <Menu
              mode="inline"
              items={items}
              selectedKeys={selected ? [selected] : []}
              defaultOpenKeys={open ? [open] : []}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Sider>
        <Content style={{ padding: '12px 20px 16px', minWidth: 0 }}>
          <nav aria-label={t('nav.breadcrumb')}>
            <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
          </nav>
          {/* Until a one-time password is changed the server refuses everything else: no page asks it meanwhile. */}
          {user?.mustChangePassword ? null : children}
        </Content>
      </Layout>
      {(changingPassword || user?.mustChangePassword) && (
        <ChangePasswordDialog
          forced={!!user?.mustChangePassword}
          onClose={() => setChangingPassword(false)}
        />
      )}
    </Layout>
  );
}
