/** `plansight import <kind> <file>`: validate a CSV or Excel file and write it to the store, all or nothing. */
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { importRecords, type ImportOutcome } from '../commands/import-records.ts';
import type { ImportIssue } from '../ingest/import-issue.ts';
import { ImportFileError } from '../ingest/import-issue.ts';
import { observationStatuses, type ObservationStatus } from '../records/observation.ts';
import { recordKinds, type RecordKindId } from '../records/record-kinds.ts';
import { openStore } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { cliActor, defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { parseLang, type Lang } from './lang.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';

interface ImportOptions {
  plan: string;
  dryRun?: boolean;
  status: string;
  format: string;
  lang: string;
  progress: boolean;
}

const kindIds = recordKinds.map((k) => k.id);

export function registerImportCommand(program: Command, io: CliIo, now: () => Date): void {
  program
    .command('import')
    .description(`import a CSV or Excel file into the store; one invalid row and nothing is written (kinds: ${kindIds.join(', ')})`)
    .argument('<kind>', kindIds.join(' | '))
    .argument('<file>', '.csv (UTF-8 or GBK) or .xlsx')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .option('--dry-run', 'validate and show what would change, write nothing')
    .option('--status <status>', `status of new observations: ${observationStatuses.join(', ')}`, 'approved')
    .option('--format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'zh or en', 'zh')
    .option('--no-progress', 'no progress bar')
    .action(async (kind: string, file: string, options: ImportOptions) => {
      const lang = parseLang(options.lang);
      if (!kindIds.includes(kind)) throw new CliError(`unknown kind ${JSON.stringify(kind)}; expected one of: ${kindIds.join(', ')}`, EXIT.usage);
      if (!(observationStatuses as readonly string[]).includes(options.status)) {
        throw new CliError(`--status must be one of ${observationStatuses.join(', ')}`, EXIT.usage);
      }
      const plan = await loadPlanOrExplain(options.plan);
      const store = await openStore();
      const bar = options.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ format: ' {phase} |{bar}| {value} rows', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      bar?.start(0, 0, { phase: 'validate' });
      let outcome: ImportOutcome;
      try {
        outcome = await importRecords({
          store,
          plan,
          kind: kind as RecordKindId,
          path: file,
          displayName: basename(file),
          dryRun: options.dryRun === true,
          status: options.status as ObservationStatus,
          ctx: { actor: cliActor(), at: now().toISOString(), origin: `import:${basename(file)}` },
          onProgress: ({ phase, rows }) => {
            bar?.setTotal(Math.max(rows, bar.getTotal()));
            bar?.update(rows, { phase });
          },
        });
      } catch (error) {
        if (error instanceof ImportFileError) throw new CliError(formatImportIssue(error.issue, lang), EXIT.invalidInput);
        throw error;
      } finally {
        bar?.stop();
        await store.close();
      }
      if (options.format === 'json') io.out(JSON.stringify(outcome, null, 2));
      else io.out(renderOutcome(outcome, lang));
      if (!outcome.ok) io.setExitCode(EXIT.invalidInput);
    });
}

export function formatImportIssue(issue: ImportIssue, lang: Lang): string {
  const where = [issue.file, issue.sheet, issue.row === null ? null : String(issue.row)].filter((p) => p !== null).join(':');
  const label = issue.severity === 'error' ? (lang === 'zh' ? '错误' : 'error') : lang === 'zh' ? '警告' : 'warning';
  return `${where}  ${label}  ${issue.message[lang]}`;
}

function renderOutcome(outcome: ImportOutcome, lang: Lang): string {
  if (!outcome.ok) {
    const lines = outcome.issues.map((issue) => formatImportIssue(issue, lang));
    const more = outcome.errorCount > outcome.issues.filter((i) => i.severity === 'error').length;
    lines.push(
      lang === 'zh'
        ? `${outcome.file}：发现 ${outcome.errorCount} 处错误${more ? '（仅列出前若干处）' : ''}，未写入任何数据。`
        : `${outcome.file}: ${outcome.errorCount} error(s)${more ? ' (the first ones listed)' : ''}; nothing was written.`,
    );
    return lines.join('\n');
  }
  const { inserted, updated, unchanged } = outcome.counts;
  const lines = outcome.warnings.map((issue) => formatImportIssue(issue, lang));
  const verb = outcome.dryRun ? (lang === 'zh' ? '预演（未写入）' : 'dry run (nothing written)') : lang === 'zh' ? '已导入' : 'imported';
  lines.push(
    lang === 'zh'
      ? `${outcome.file}：${verb}，共 ${outcome.rowsRead} 行：新增 ${inserted}，修改 ${updated}，未变 ${unchanged}。`
      : `${outcome.file}: ${verb}, ${outcome.rowsRead} rows: ${inserted} new, ${updated} changed, ${unchanged} unchanged.`,
  );
  if (outcome.dryRun) {
    for (const change of outcome.sample) {
      const what = Object.entries(change.changes)
        .map(([field, [before, after]]) => `${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
        .join('; ');
      lines.push(`  ${change.type === 'insert' ? '+' : '~'} ${lang === 'zh' ? `第${change.row}行` : `row ${change.row}`} ${change.key}${what ? `  ${what}` : ''}`);
    }
  }
  return lines.join('\n');
}
