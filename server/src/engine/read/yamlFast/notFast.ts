/**
 * How the fast reader gives up: anything outside the subset it reads (or any doubt) throws {@link NotFast}, and the
 * caller falls back to the general reader, which handles and reports everything. Throwing keeps the scanner's many
 * checks one line each; it happens at most once per read.
 */
export class NotFast {
  constructor(readonly reason: string) {}
}

export function notFast(reason: string): never {
  throw new NotFast(reason);
}
