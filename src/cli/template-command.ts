/** `plansight template <kind> -o file.xlsx`: the Excel template officials fill in. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { buildTemplate } from '../ingest/excel-template.ts';
import { recordKinds, type RecordKindId } from '../records/record-kinds.ts';
import { CliError, EXIT } from './cli-error.ts';
import { defaultPlanDir } from './defaults.ts';
import type { CliIo } from './io.ts';
import { loadPlanOrExplain } from './load-plan-or-explain.ts';

const kindIds = recordKinds.map((k) => k.id);

export function registerTemplateCommand(program: Command, io: CliIo): void {
  program
    .command('template')
    .description(`write an Excel template to fill in and import (kinds: ${kindIds.join(', ')})`)
    .argument('<kind>', kindIds.join(' | '))
    .requiredOption('-o, --out <file>', 'the .xlsx file to write')
    .option('--plan <dir>', 'the plan folder', defaultPlanDir())
    .option('--region <code>', 'observations: pre-fill the rows of this region')
    .option('--year <year>', 'observations: pre-fill this year')
    .action(async (kind: string, options: { out: string; plan: string; region?: string; year?: string }) => {
      if (!kindIds.includes(kind)) throw new CliError(`unknown kind ${JSON.stringify(kind)}; expected one of: ${kindIds.join(', ')}`, EXIT.usage);
      if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new CliError('--year must be a four-digit year', EXIT.usage);
      const plan = await loadPlanOrExplain(options.plan);
      if (options.region !== undefined && options.region !== plan.province.code && !plan.regions.some((r) => r.code === options.region)) {
        throw new CliError(`--region ${options.region} is not a region of plan ${plan.id}`, EXIT.usage);
      }
      const buffer = await buildTemplate(kind as RecordKindId, plan, {
        ...(options.region ? { region: options.region } : {}),
        ...(options.year ? { year: Number(options.year) } : {}),
      });
      await writeFile(options.out, buffer);
      io.out(`wrote ${options.out}`);
    });
}
