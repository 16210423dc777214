/**
 * The language of antd's own words (pagination, pickers, empty states) and of dates
 * (dayjs) follows the app's language; the switch is remembered in this browser.
 */
import { App as AntApp, ConfigProvider, theme as antTheme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLang } from '../i18n/i18n.ts';

const SwitchContext = createContext<() => void>(() => undefined);

export function LocaleProvider({ children, dark = false }: { children: ReactNode; dark?: boolean }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const switchLanguage = useCallback(() => {
    const next = lang === 'zh' ? 'en' : 'zh';
    rememberLang(next);
    void i18n.changeLanguage(next);
  }, [i18n, lang]);

  return (
    <SwitchContext.Provider value={switchLanguage}>
      <ConfigProvider
        locale={lang === 'zh' ? zhCN : enUS}
        theme={{
          algorithm: dark ? antTheme.darkAlgorithm : antTheme.defaultAlgorithm,
          token: { colorPrimary: '#1677ff', borderRadius: 6, fontFamily: "-apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'Segoe UI', Roboto, sans-serif" },
        }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </SwitchContext.Provider>
  );
}

export const useLanguageSwitch = () => useContext(SwitchContext);
