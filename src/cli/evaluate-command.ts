/**
 * `plansight evaluate`: where every target stands — from an observations CSV, or from the
 * store when no file is given — as JSON for tools or as tables for a person.
 */
import type { Command } from 'commander';
import { evaluatePlan } from '../evaluation/evaluate-plan.ts';
import { evaluationJson } from '../evaluation/evaluation-json.ts';
import type { Observation } from '../evaluation/observation.ts';
import type { ImportIssue } from '../ingest/import-issue.ts';
import { readObservationsFile } from '../ingest/observations-csv.ts';
import type { Plan } from '../plan/derive.ts';
import { observationsForEvaluation } from '../store/observation-queries.ts';
import { openStore } from '../store/open-database.ts';
import { CliError, EXIT } from './cli-error.ts';
import { defaultPlanDir } from './defaults.ts';
import { renderEvaluation } from './evaluation-tables.ts';
import type { CliIo } from './io.ts';
import { parseLang, type Lang } from './lang.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';

interface EvaluateOptions {
  plan: string;
  observations?: string;
  year: string;
  format: string;
  lang: string;
  includePending?: boolean;
}

export function registerEvaluateCommand(program: Command, io: CliIo): void {
  program
    .command('evaluate')
    .description('where each target stands (UN SDG status and 时序进度), projections and roll-ups')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .option('--observations <file>', 'CSV or .xlsx with the columns indicator,region,year,value (optional kind, note); without it, the store is read')
    .requiredOption('--year <year>', 'the evaluation year; later observations are ignored')
    .option('--include-pending', 'from the store: count submitted values not yet approved')
    .option('--format <format>', 'table or json', 'table')
    .option('--lang <lang>', 'zh or en (tables and error messages)', 'zh')
    .action(async (options: EvaluateOptions) => {
      const lang = parseLang(options.lang);
      if (options.format !== 'table' && options.format !== 'json') {
        throw new CliError(`--format must be table or json, got ${JSON.stringify(options.format)}`, EXIT.usage);
      }
      if (!/^\d{4}$/.test(options.year)) throw new CliError(`--year must be a four-digit year, got ${JSON.stringify(options.year)}`, EXIT.usage);
      const plan = await loadPlanOrExplain(options.plan);
      const observations = options.observations
        ? await observationsFromCsv(options.observations, plan, lang)
        : await observationsFromStore(plan, options.includePending === true, io, lang);
      const evaluation = evaluatePlan(plan, observations, Number(options.year));
      if (options.format === 'json') {
        io.out(JSON.stringify(evaluationJson(plan, evaluation), null, 2));
      } else {
        io.out(renderEvaluation(plan, evaluation, lang));
      }
    });
}

async function observationsFromCsv(file: string, plan: Plan, lang: Lang): Promise<Observation[]> {
  const read = await readObservationsFile(file, plan, file);
  if (!read.ok) {
    if (read.errors[0]?.code === 'unreadable_file') throw new CliError(`cannot read the observations file ${file}`, EXIT.invalidInput);
    throw new CliError(formatCsvErrors(file, read.errors, lang), EXIT.invalidInput);
  }
  return read.observations;
}

async function observationsFromStore(plan: Plan, includePending: boolean, io: CliIo, lang: Lang): Promise<Observation[]> {
  const store = await openStore();
  try {
    const read = await observationsForEvaluation(store.db, plan.id, { includePending });
    // Said on stderr so JSON on stdout stays clean, but never left unsaid.
    if (read.demo > 0) {
      io.err(lang === 'zh' ? `注意：${read.demo} 条数据为演示数据（虚构），非官方统计。` : `Note: ${read.demo} values are demo data (synthetic), not official statistics.`);
    }
    if (read.pending > 0) {
      io.err(lang === 'zh' ? `注意：含 ${read.pending} 条待审核数据。` : `Note: ${read.pending} values are pending approval.`);
    }
    return read.observations;
  } finally {
    await store.close();
  }
}

/** Each issue's message already says where (row, column, cell) and what was expected. */
export function formatCsvErrors(file: string, errors: readonly ImportIssue[], lang: Lang): string {
  const head =
    lang === 'zh' ? `${file} 有 ${errors.length} 处错误，未导入任何数据：` : `${file} has ${errors.length} error(s); nothing was read:`;
  return [head, ...errors.map((e) => `  ${e.message[lang]}`)].join('\n');
}
