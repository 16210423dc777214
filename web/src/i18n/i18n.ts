/**
 * Bilingual text: Chinese by default (the plan's own words), English by a switch that is
 * remembered in this browser. Each page registers its own messages (one namespace per
 * page folder) so pages stay independent; `common` holds the words every page uses.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../api/text.ts';
import { common } from './common.ts';

const STORAGE_KEY = 'plansight.lang';

export type Messages = Record<string, string>;

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
}

void i18next.use(initReactI18next).init({
  lng: storedLang(),
  fallbackLng: 'zh',
  supportedLngs: ['zh', 'en'],
  ns: ['common'],
  defaultNS: 'common',
  resources: { zh: { common: common.zh }, en: { common: common.en } },
  interpolation: { escapeValue: false }, // React escapes.
  returnNull: false,
});

/** A page's messages, both languages with the same keys (the type makes a missing one an error). */
export function registerMessages<K extends string>(namespace: string, messages: { zh: Record<K, string>; en: Record<K, string> }): string {
  i18next.addResourceBundle('zh', namespace, messages.zh, true, true);
  i18next.addResourceBundle('en', namespace, messages.en, true, true);
  return namespace;
}

export { i18next };
