/** The current language and a picker for bilingual texts from the API. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pick, type Lang, type Text } from '../api/text.ts';

export function useLang(): { lang: Lang; text: (t: Text | null | undefined) => string } {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const text = useCallback((t: Text | null | undefined) => pick(t, lang), [lang]);
  return { lang, text };
}
