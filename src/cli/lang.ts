/** Which language the terminal output uses; Chinese is the default (the plan's own words). */
import type { Text } from '../plan/schema.ts';

export type Lang = 'zh' | 'en';

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh') return 'zh';
  if (value === 'en') return 'en';
  throw new Error(`--lang must be zh or en, got ${JSON.stringify(value)}`);
}

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
