/**
 * The report as PDF: LibreOffice converts the Word document (soffice --headless), in a
 * throw-away directory with its own profile, so conversions never share state and can run
 * side by side. Fonts come from the package, not the machine: a fontconfig file given to
 * soffice adds the bundled Noto Sans Hans and maps the document's font name to it, so the
 * PDF embeds it and Chinese never turns into boxes, whatever fonts the server has.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLED_FONT_FAMILY, bundledFontFiles } from './charts/chart-font.ts';
import { DOCX_FONT } from './docx/docx-styles.ts';
import type { ReportModel } from './model/report-model.ts';
import { renderDocx, type DocxOptions } from './render-docx.ts';

export interface PdfOptions extends DocxOptions {
  /** The LibreOffice binary; PLANSIGHT_SOFFICE or `soffice` on the PATH by default. */
  soffice?: string;
  timeoutMs?: number;
}

export class PdfConversionError extends Error {
  override name = 'PdfConversionError';
}

export async function renderPdf(model: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  return convertDocxToPdf(await renderDocx(model, options), options);
}

export async function convertDocxToPdf(docx: Buffer, options: PdfOptions = {}): Promise<Buffer> {
  const soffice = options.soffice ?? (process.env.PLANSIGHT_SOFFICE?.trim() || 'soffice');
  const dir = mkdtempSync(join(tmpdir(), 'plansight-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    writeFileSync(input, docx);
    const fontsConf = writeFontConfig(dir);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      dir,
      input,
    ];
    const env = { ...process.env, FONTCONFIG_FILE: fontsConf, HOME: dir };
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, args, { env, timeout: options.timeoutMs ?? 180_000, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (!error) return resolve();
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          return reject(
            new PdfConversionError(`LibreOffice is needed to make a PDF, but ${JSON.stringify(soffice)} was not found: install libreoffice-writer (Debian/Ubuntu) or set PLANSIGHT_SOFFICE`),
          );
        }
        if (error.killed) return reject(new PdfConversionError(`LibreOffice did not finish the PDF within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} s`));
        reject(new PdfConversionError(`LibreOffice could not convert the report: ${String(stderr).trim() || error.message}`));
      });
    });
    const output = join(dir, 'report.pdf');
    if (!existsSync(output)) {
      throw new PdfConversionError('LibreOffice wrote no PDF (is libreoffice-writer installed? soffice with only Calc cannot read .docx)');
    }
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fontconfig file: the system's configuration, plus the bundled font, plus the document's font name mapped to it. */
function writeFontConfig(dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts);
  for (const file of Object.values(bundledFontFiles())) {
    const target = join(fonts, file.split(/[\\/]/).pop()!);
    try {
      symlinkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${escapeXml(fonts)}</dir>
  <cachedir>${escapeXml(join(dir, 'fontcache'))}</cachedir>
  <match target="pattern">
    <test name="family" qual="any"><string>${escapeXml(DOCX_FONT)}</string></test>
    <edit name="family" mode="assign" binding="strong"><string>${escapeXml(BUNDLED_FONT_FAMILY)}</string></edit>
  </match>
</fontconfig>
`,
  );
  return conf;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
