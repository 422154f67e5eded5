import type { Finding } from '../findings';
import type { ElementNode } from '../tree/node';

export type SourceFormat = 'xml' | 'yaml';

/**
 * What a reader returns. A reader never throws on bad input: it returns the tree it could build (undefined only
 * when no root element could be found at all) and a finding for every syntax problem, on the offending token.
 */
export interface ReadResult {
  readonly root: ElementNode | undefined;
  readonly findings: readonly Finding[];
}
