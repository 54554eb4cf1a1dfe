import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/**
 * antd's theme and locale (and dayjs's) for the signed-in app. It is not around the sign-in page:
 * ConfigProvider alone brings antd's tooltip machinery, and the locales date pickers and tables, none of
 * which that page draws; it uses antd's default tokens, which differ from these only in the corner radius.
 */
export function Themed({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 4, fontSize: 14 } }}
      componentSize="middle"
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
