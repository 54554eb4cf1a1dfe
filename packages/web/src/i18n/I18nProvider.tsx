import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { message } from './dictionary';
import type { MessageKey } from './messages.zh';
import { type Lang, type Params, parseLang } from './translate';

const STORAGE_KEY = 'jixiao.lang';

export type T = (key: MessageKey, params?: Params) => string;

interface I18nValue {
  lang: Lang;
  t: T;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function storedLang(): Lang {
  try {
    return parseLang(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'zh';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  // The page's language is also what the API client asks the server for (Accept-Language).
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: (key, params) => message(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
