/** `plansight formats`: the columns of every importable kind (Markdown with --markdown). */
import type { Command } from 'commander';
import { formatsMarkdown } from '../records/format-docs.ts';
import { recordKinds } from '../records/record-kinds.ts';
import type { CliIo } from './io.ts';
import { newTable } from './table.ts';

export function registerFormatsCommand(program: Command, io: CliIo): void {
  program
    .command('formats')
    .description('the columns of every kind of file `plansight import` reads')
    .option('--markdown', 'print the page docs/data-formats.md is made of')
    .action((options: { markdown?: boolean }) => {
      if (options.markdown) {
        io.out(formatsMarkdown(recordKinds));
        return;
      }
      for (const kind of recordKinds) {
        const table = newTable(['key', '表头', 'required', 'unit']);
        for (const field of kind.fields) table.push([field.key, field.label.zh, field.required ? '✓' : '', field.unit?.zh ?? '']);
        io.out(`${kind.id} — ${kind.name.zh} / ${kind.name.en}`);
        io.out(table.toString());
      }
    });
}
