/** The `plansight` command: parses arguments, runs one command, maps errors to exit codes. */
import { Command, CommanderError } from 'commander';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './io.ts';
import { registerDbCommands } from './db-command.ts';
import { registerDemoCommands } from './demo-command.ts';
import { registerEnterprisesCommands } from './enterprises-command.ts';
import { registerEvaluateCommand } from './evaluate-command.ts';
import { registerFormatsCommand } from './formats-command.ts';
import { registerImportCommand } from './import-command.ts';
import { registerPlanCommands } from './plan-command.ts';
import { registerReportCommands } from './report-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerTemplateCommand } from './template-command.ts';
import { registerUsersCommands } from './users-command.ts';

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** The clock every timestamp of a command comes from; tests pass a fixed one. */
export type Clock = () => Date;

export function buildProgram(io: CliIo, now: Clock = () => new Date()): Command {
  const program = new Command('plansight')
    .description('Plansight 规划监测评估平台 — a development plan as a living, measurable system')
    .version('0.1.0')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  registerPlanCommands(program, io);
  registerDbCommands(program, io);
  registerEvaluateCommand(program, io);
  registerEnterprisesCommands(program, io);
  registerImportCommand(program, io, now);
  registerTemplateCommand(program, io);
  registerDemoCommands(program, io, now);
  registerFormatsCommand(program, io);
  registerUsersCommands(program, io, now);
  registerServeCommand(program, io, now);
  registerReportCommands(program, io, now);
  return program;
}

/** Runs the command line and returns the exit code (never throws). */
export async function main(argv: readonly string[], io: CliIo = processIo, now: Clock = () => new Date()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const capture: CliIo = { ...io, setExitCode: (code) => (exitCode = code) };
  const program = buildProgram(capture, now);
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.err(`plansight: ${error.message}`);
      return error.exitCode;
    }
    io.err(`plansight: ${error instanceof Error ? error.message : String(error)}`);
    if (argv.includes('--debug') && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.failed;
  }
}
