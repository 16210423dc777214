/** What a command may do to the outside world, passed in so tests can capture it. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  setExitCode(code: number): void;
}
