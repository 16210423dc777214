/**
 * 4. Report: the full mid-term report as .docx and as PDF (LibreOffice), from the
 * benchmark's store. The .docx goal (< 5 s) is judged on `plansight report midterm` as a
 * person runs it (a child process, start-up included); the time inside a running process
 * (what an API request waits, modules already loaded) is given beside it.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../src/plan/derive.ts';
import { generateMidtermReport } from '../src/report/midterm-report.ts';
import { openStore } from '../src/store/open-database.ts';
import { hasCommand, WORK_DIR } from './fixtures.ts';
import { medianMs, result, round, runChild, skipped, timed, type BenchResult, type Log } from './lib.ts';

const DOCX_GOAL = '.docx in under 5 s';

export async function benchReport(plan: Plan, options: { url: string; year: number; today: string; label: string; pdf: boolean; log: Log }): Promise<BenchResult[]> {
  const { log, year, today } = options;
  const out: BenchResult[] = [];
  const docx = join(WORK_DIR, `report-${year}.docx`);
  rmSync(docx, { force: true });
  log('report: plansight report midterm --format docx');
  const cli = await runChild('node', ['bin/plansight.js', 'report', 'midterm', '--year', String(year), '--format', 'docx', '--today', today, '-o', docx], {
    env: { PLANSIGHT_DATABASE_URL: options.url },
  });
  if (cli.code !== 0) throw new Error(`report midterm failed: ${cli.stderr}`);
  const bytes = statSync(docx).size;

  const store = await openStore({ url: options.url });
  try {
    const request = { db: store.db, plan, year, lang: 'zh' as const, today };
    const cold = await timed(() => generateMidtermReport({ ...request, format: 'docx' }));
    const warm = await medianMs(3, () => generateMidtermReport({ ...request, format: 'docx' }), 0);
    out.push(
      result({
        id: 'report.docx',
        title: `Mid-term report ${year}, .docx (${options.label})`,
        ours: { value: round(cli.ms / 1000), unit: 's' },
        reference: null,
        ratio: null,
        goal: DOCX_GOAL,
        holds: cli.ms < 5000,
        details: {
          inProcessFirstSeconds: round(cold.ms / 1000),
          inProcessWarmMedianSeconds: round(warm.median / 1000),
          bytes,
          peakRssMB: cli.peakRssMiB === null ? null : round(cli.peakRssMiB * 1.048576, 0),
          cliCpuSeconds: cli.cpuMs === null ? null : round(cli.cpuMs / 1000),
        },
      }),
    );
    if (!options.pdf) return out;
    if (!hasCommand('soffice')) {
      out.push(skipped('report.pdf', `Mid-term report ${year}, PDF`, 'measured (no goal)', 'LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer'));
      return out;
    }
    log('report: PDF through LibreOffice');
    const pdf = await timed(() => generateMidtermReport({ ...request, format: 'pdf' }));
    out.push(
      result({
        id: 'report.pdf',
        title: `Mid-term report ${year}, PDF via LibreOffice (${options.label})`,
        ours: { value: round(pdf.ms / 1000), unit: 's' },
        reference: { name: 'the .docx it converts (in process)', value: round(warm.median / 1000), unit: 's' },
        ratio: round(pdf.ms / warm.median),
        goal: 'measured (no goal)',
        holds: null,
        details: { bytes: pdf.value.data.length },
      }),
    );
  } finally {
    await store.close();
  }
  return out;
}
