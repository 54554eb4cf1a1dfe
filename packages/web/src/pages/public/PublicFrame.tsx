import { App as AntApp, Button, Layout, Space, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Themed } from '../../app/Themed';
import { useI18n } from '../../i18n/I18nProvider';
import '../../i18n/areas/publication';

/** The public site's frame: a plain header (title, open data, language, staff sign-in), no menu, no session. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  // The signed-in app is laid out for 1366×768 (global.css: body min-width 1280px); the public site is for phones too.
  useEffect(() => {
    const before = document.body.style.minWidth;
    document.body.style.minWidth = '0';
    return () => {
      document.body.style.minWidth = before;
    };
  }, []);
  return (
    <Themed>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 12,
              flexWrap: 'wrap',
              height: 'auto',
              lineHeight: '48px',
              padding: '0 16px',
              background: '#0b3d91',
            }}
          >
            <Link to="/public" style={{ color: '#fff', fontSize: 18, fontWeight: 600, flex: '1 1 auto' }}>
              {t('pub.siteTitle')}
            </Link>
            <Space wrap size={4}>
              <Button type="link" href="/api/public/datapackage.json" style={{ color: '#fff' }}>
                {t('pub.openData')}
              </Button>
              <Button
                type="link"
                style={{ color: '#fff' }}
                onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
              >
                {t('nav.language')}
              </Button>
              <Link to="/signin" style={{ color: '#fff' }}>
                {t('pub.signIn')}
              </Link>
            </Space>
          </Layout.Header>
          <Layout.Content
            style={{ padding: 'clamp(8px, 3vw, 24px)', maxWidth: 1200, width: '100%', margin: '0 auto' }}
          >
            {children}
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center' }}>
            <Typography.Text type="secondary">{t('pub.siteHint')}</Typography.Text>
          </Layout.Footer>
        </Layout>
      </AntApp>
    </Themed>
  );
}
