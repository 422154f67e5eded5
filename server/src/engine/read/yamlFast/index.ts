/**
 * The fast path of the YAML draft reader. Drafts are written in a small part of YAML, and the general reader's parser
 * (the `yaml` package) spends nearly all of a read on generality they do not use. This path scans that part directly
 * and builds the element tree from it; for any text outside it (or with anything to report) it steps aside and the
 * general reader runs, so findings and odd documents keep one implementation.
 *
 * Its results are the general reader's, exactly: test/unit/read/yaml-fast.test.ts checks the trees against each other
 * on every example, on every real filing converted to a draft and on thousands of mutations of them.
 */
import type { ElementNode } from '../../tree/node';
import { draftElements } from './draft';
import { NotFast } from './notFast';
import { scanDraft } from './scanner';

export type FastRead =
  | {
      readonly root: ElementNode;
      readonly notFast?: undefined;
      readonly internalError?: undefined;
      readonly commentStarts: readonly number[];
    }
  | {
      readonly root?: undefined;
      /** What the fast reader met, in words that finish "the draft has ..." (see NotFast). */
      readonly notFast: string;
      readonly at?: number;
      /** The fast reader failed (a bug): the general reader reads the text all the same. */
      readonly internalError?: string;
    };

/**
 * The draft's element tree when `text` is in the fast subset and reads without a finding, with where its comments
 * start (for read/yamlComments.ts, which would otherwise run the yaml package's lexer); otherwise why not.
 * `maxDepth` is the element nesting limit of the read (read/limits.ts).
 */
export function readYamlFast(text: string, maxDepth: number): FastRead {
  try {
    const commentStarts: number[] = [];
    const root = draftElements(text, maxDepth, (sinkFor) => scanDraft(text, nestingBudget(maxDepth), commentStarts, sinkFor));
    return { root, commentStarts };
  } catch (error) {
    if (error instanceof NotFast) return { notFast: error.reason, ...(error.at === undefined ? {} : { at: error.at }) };
    // A bug here must not cost the user a read: the general reader still gives the right answer.
    return { notFast: 'YAML the fast reader does not take', internalError: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The general reader refuses text whose estimated nesting passes 2 × min(2 × maxDepth, 500) + 2 (read/yaml.ts and
 * read/yamlDocument.ts); the fast path stays within half of that, so it never accepts what the other would refuse.
 */
function nestingBudget(maxDepth: number): number {
  return Math.min(2 * maxDepth, 500);
}
