/** A text in both languages, as the plan and the API give it. */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export function pick(text: Text | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.zh || text.en;
}
