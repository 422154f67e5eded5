import type { Finding } from '../findings';

/**
 * How much a reader will take in before it stops and reports instead. Both readers (XML and YAML) honour these,
 * so a huge or absurdly nested document yields one clear finding rather than a stalled editor or a stack overflow.
 */
export interface ReadLimits {
  /** The longest text read, in characters (UTF-16 code units, as JavaScript strings count). */
  maxBytes: number;
  /** The deepest element nesting read; deeper content is skipped and reported once. */
  maxDepth: number;
}

/** Real Form 4s are a few kilobytes and about 10 levels deep: these leave ample room for anything genuine. */
export const defaultReadLimits: Readonly<ReadLimits> = { maxBytes: 20_000_000, maxDepth: 200 };

/**
 * The deepest nesting any setting may ask for. The readers alone would go deeper (they keep open elements on explicit
 * stacks), but the binder, the structure check and the rules walk the tree recursively, and 100,000 levels overflow
 * the call stack there. Real Form 4s are about 10 levels deep.
 */
export const maxDepthCeiling = 500;

/** The range each limit may be set to (the editor's settings; package.json is tested against this table). */
export const readLimitBounds: Readonly<Record<keyof ReadLimits, { readonly min: number; readonly max: number }>> = {
  maxBytes: { min: 1_000, max: 500_000_000 },
  maxDepth: { min: 10, max: maxDepthCeiling },
};

/** The defaults with any given overrides applied. */
export function resolveReadLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...defaultReadLimits, ...limits };
}

/** The one finding for a text over `maxBytes`: on its first line, since nothing of it was read. */
export function tooLargeFinding(text: string, maxBytes: number): Finding {
  const lineEnd = text.search(/[\r\n]/);
  return {
    rule: 'input/too-large',
    severity: 'error',
    message: `The document has ${grouped(text.length)} characters, more than the limit of ${grouped(maxBytes)}; it was not read.`,
    span: { start: 0, end: lineEnd < 0 ? text.length : lineEnd },
  };
}

function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
