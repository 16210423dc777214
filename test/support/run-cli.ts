/** Runs the plansight command in-process and captures what it prints. */
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'plansight', ...args], {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    setExitCode: () => {},
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
