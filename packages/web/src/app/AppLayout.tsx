import { GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ChangePasswordDialog } from '../auth/ChangePasswordDialog';
import { useSession } from '../auth/SessionProvider';
import { useI18n } from '../i18n/I18nProvider';

const { Header, Content } = Layout;

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, signOut, hasRole } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);
  const items = [
    { key: '/', label: <Link to="/">{t('nav.home')}</Link> },
    { key: '/evaluations', label: <Link to="/evaluations">{t('nav.evaluations')}</Link> },
    ...(hasRole('unitApprover', 'departmentReviewer', 'financeReviewer')
      ? [{ key: '/review', label: <Link to="/review">{t('nav.review')}</Link> }]
      : []),
    ...(hasRole('departmentReviewer', 'financeReviewer', 'admin')
      ? [{ key: '/overview', label: <Link to="/overview">{t('nav.overview')}</Link> }]
      : []),
    ...(hasRole('departmentReviewer', 'financeReviewer', 'admin')
      ? [{ key: '/audit', label: <Link to="/audit">{t('nav.audit')}</Link> }]
      : []),
  ];
  const selected = items
    .map((i) => i.key)
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)))
    .slice(-1);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 24,
          paddingInline: 24,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        <Link to="/" style={{ color: '#fff', fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.fullName')}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          items={items}
          selectedKeys={selected}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Space size="middle">
          <Button
            type="text"
            icon={<GlobalOutlined />}
            style={{ color: '#fff' }}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('nav.language')}
          </Button>
          <Typography.Text style={{ color: '#fff' }}>
            <UserOutlined /> {user?.displayName ?? user?.username}
          </Typography.Text>
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
      {/* Until a one-time password is changed the server refuses everything else: no page asks it meanwhile. */}
      <Content style={{ padding: '16px 20px' }}>{user?.mustChangePassword ? null : children}</Content>
      {(changingPassword || user?.mustChangePassword) && (
        <ChangePasswordDialog
          forced={!!user?.mustChangePassword}
          onClose={() => setChangingPassword(false)}
        />
      )}
    </Layout>
  );
}
