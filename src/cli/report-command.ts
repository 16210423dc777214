/**
 * `plansight report midterm`: the mid-term evaluation report (中期评估报告) from the store,
 * as Word, PDF or a self-contained HTML page.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ReportFormat } from '../report/midterm-report.ts';
import { openStore } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { parseLang } from './lang.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import type { Clock } from './main.ts';

interface MidtermOptions {
  plan: string;
  year: string;
  lang: string;
  format: string;
  output: string;
  includePending?: boolean;
  today?: string;
}

export function registerReportCommands(program: Command, io: CliIo, now: Clock): void {
  const report = program.command('report').description('reports written from the data (中期评估报告 …)');
  report
    .command('midterm')
    .description('the mid-term evaluation report: progress, problems, recommendations — every figure as `plansight evaluate` shows it')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .requiredOption('--year <year>', 'the evaluation year: data up to its end')
    .option('--lang <lang>', 'zh or en', 'zh')
    .option('--format <format>', 'docx, pdf or html (pdf needs LibreOffice)', 'docx')
    .requiredOption('-o, --output <file>', 'where to write the report')
    .option('--include-pending', 'count submitted values not yet approved (flagged in the report)')
    .option('--today <date>', 'the report day, YYYY-MM-DD (default: today); overdue data is judged on it')
    .action(async (options: MidtermOptions) => {
      // Loaded here: the renderers (ECharts, docx, fonts) would add ~70 MB to every other command.
      const { generateMidtermReport, reportFormats } = await import('../report/midterm-report.ts');
      const { PdfConversionError } = await import('../report/render-pdf.ts');
      const lang = parseLang(options.lang);
      if (!(reportFormats as readonly string[]).includes(options.format)) {
        throw new CliError(`--format must be one of ${reportFormats.join(', ')}, got ${JSON.stringify(options.format)}`, EXIT.usage);
      }
      if (!/^\d{4}$/.test(options.year)) throw new CliError(`--year must be a four-digit year, got ${JSON.stringify(options.year)}`, EXIT.usage);
      const today = options.today ?? now().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new CliError(`--today must be YYYY-MM-DD, got ${JSON.stringify(today)}`, EXIT.usage);
      const plan = await loadPlanOrExplain(options.plan);
      const store = await openStore();
      try {
        const file = await generateMidtermReport({
          db: store.db,
          plan,
          year: Number(options.year),
          lang,
          format: options.format as ReportFormat,
          today,
          includePending: options.includePending === true,
        });
        await writeFile(options.output, file.data);
        if (file.model.demo) {
          io.err(lang === 'zh' ? '注意：报告含演示数据（虚构），非官方统计。' : 'Note: the report includes demo data (synthetic), not official statistics.');
        }
        io.out(lang === 'zh' ? `已写入 ${options.output}（${file.data.length} 字节）` : `Wrote ${options.output} (${file.data.length} bytes)`);
      } catch (error) {
        if (error instanceof PdfConversionError) throw new CliError(error.message, EXIT.failed);
        throw error;
      } finally {
        await store.close();
      }
    });
}
