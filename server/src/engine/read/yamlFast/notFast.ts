/**
 * How the fast reader gives up: anything outside the subset it reads (or any doubt) throws {@link NotFast}, and the
 * caller falls back to the general reader, which handles and reports everything. Throwing keeps the scanner's many
 * checks one line each; it happens at most once per read.
 */
export class NotFast {
  /**
   * @param reason what the fast reader met, in words that finish "the draft has ..." (read/yaml.ts quotes it when a
   *   draft too big for the general reader is refused).
   * @param at where it met it, when known: the scanner's position, or the node that could not be taken.
   */
  constructor(
    readonly reason: string,
    readonly at?: number,
  ) {}
}

export function notFast(reason: string, at?: number): never {
  throw new NotFast(reason, at);
}
