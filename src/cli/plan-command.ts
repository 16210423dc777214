/** `plansight plan …`: check, show, export a plan folder, and write its JSON Schema. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { exportPlan } from '../plan/export-plan.ts';
import { planFileJsonSchema, planJsonSchema } from '../plan/json-schema.ts';
import { hasErrors } from '../plan/plan-issue.ts';
import { analysePlanFolder } from '../plan/read-plan-folder.ts';
import { CliError, EXIT } from './cli-error.ts';
import { formatIssue, formatIssueSummary } from './format-issues.ts';
import { parseLang } from './lang.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';
import { renderPlanSummary } from './plan-summary.ts';
import type { CliIo } from './io.ts';

export function registerPlanCommands(program: Command, io: CliIo): void {
  const plan = program.command('plan').description('check, show and export a plan folder (规划)');

  plan
    .command('check')
    .description('validate a plan folder: schema, references, quotes, and findings for planners')
    .argument('<dir>', 'the plan folder, e.g. plans/hainan-hitech-2026-2030')
    .option('--text <file>', 'the plan text: every quote is checked verbatim against it')
    .option('--format <format>', 'text or json', 'text')
    .option('--lang <lang>', 'zh or en', 'zh')
    .action(async (dir: string, options: { text?: string; format: string; lang: string }) => {
      const lang = parseLang(options.lang);
      const text = options.text === undefined ? undefined : await readText(options.text);
      const analysis = await analysePlanFolder(dir, { ...(text === undefined ? {} : { text }) });
      if (options.format === 'json') {
        io.out(JSON.stringify({ ok: !hasErrors(analysis.issues), issues: analysis.issues }, null, 2));
      } else if (options.format === 'text') {
        for (const issue of analysis.issues) io.out(formatIssue(issue, lang));
        io.out(formatIssueSummary(analysis.issues, lang));
      } else {
        throw new CliError(`--format must be text or json, got ${JSON.stringify(options.format)}`, EXIT.usage);
      }
      if (hasErrors(analysis.issues)) io.setExitCode(EXIT.invalidInput);
    });

  plan
    .command('show')
    .description('a readable summary: indicators, tiers and clusters, poles')
    .argument('<dir>', 'the plan folder')
    .option('--lang <lang>', 'zh or en', 'zh')
    .action(async (dir: string, options: { lang: string }) => {
      io.out(renderPlanSummary(await loadPlanOrExplain(dir), parseLang(options.lang)));
    });

  plan
    .command('export')
    .description('print the validated plan with derived values (baselines, required paths)')
    .argument('<dir>', 'the plan folder')
    .option('--format <format>', 'json', 'json')
    .action(async (dir: string, options: { format: string }) => {
      if (options.format !== 'json') throw new CliError(`--format must be json, got ${JSON.stringify(options.format)}`, EXIT.usage);
      io.out(JSON.stringify(exportPlan(await loadPlanOrExplain(dir)), null, 2));
    });

  plan
    .command('schema')
    .description('write the plan format as JSON Schema (plan.schema.json, plan-file.schema.json)')
    .option('--out <dir>', 'folder to write to', 'schema')
    .action(async (options: { out: string }) => {
      await mkdir(options.out, { recursive: true });
      await writeFile(join(options.out, 'plan.schema.json'), `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
      await writeFile(join(options.out, 'plan-file.schema.json'), `${JSON.stringify(planFileJsonSchema(), null, 2)}\n`);
      io.out(`wrote ${join(options.out, 'plan.schema.json')} and ${join(options.out, 'plan-file.schema.json')}`);
    });
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new CliError(`cannot read the plan text ${file}`, EXIT.invalidInput);
  }
}
