/** What a command may do to the outside world, passed in so tests can run commands in-process. */
export interface CliIO {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const exitCodes = { ok: 0, findingsErrors: 1, usage: 2 } as const;
