/**
 * The CJK font charts and PDFs are drawn with: Noto Sans Hans from @embedpdf/fonts-sc
 * (OFL), shipped as an npm package so no machine needs a system font. Without it, Chinese
 * renders as boxes. "Noto Sans S Chinese" is the family name inside the files.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const BUNDLED_FONT_FAMILY = 'Noto Sans S Chinese';

/** For pages read in a browser: the bundled family first, then common Chinese system fonts. */
export const CSS_FONT_STACK =
  "'Noto Sans SC','Noto Sans CJK SC','Noto Sans S Chinese','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','SimSun',sans-serif";

export interface FontFiles {
  regular: string;
  bold: string;
}

let cached: FontFiles | null = null;

export function bundledFontFiles(): FontFiles {
  if (cached) return cached;
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const dir = join(dirname(entry), '..', 'fonts');
  const files = { regular: join(dir, 'NotoSansHans-Regular.otf'), bold: join(dir, 'NotoSansHans-Bold.otf') };
  for (const file of Object.values(files)) {
    if (!existsSync(file)) throw new Error(`the bundled CJK font ${file} is missing: reinstall @embedpdf/fonts-sc`);
  }
  cached = files;
  return files;
}
