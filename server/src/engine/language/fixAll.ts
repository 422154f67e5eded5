/**
 * Fix all: every quick fix whose edit is unambiguous (its finding has exactly one fix), applied together as one
 * edit, for the editor's `source.fixAll` action and `editor.codeActionsOnSave`. Fixes can depend on each other (a
 * running balance is checked against the row before it, so fixing row 2 changes what row 3 should hold): the fixes
 * are applied in passes, each over the document the previous pass left, until none is left to apply. The result is
 * one edit from the original text to the final one (the changed stretch between their common prefix and suffix), so
 * a single Undo restores the document.
 */
import type { Finding } from '../findings';
import type { ReadLimits } from '../read/limits';
import { analyze, check, type AnalyzedDocument, type CheckOptions } from '../service';
import type { Span } from '../text/span';
import { codeActions } from './codeActions';
import type { TextEdit } from './types';

export interface FixAllOptions extends CheckOptions {
  /** The read limits the document was analysed with, so every pass reads the text as the first did. */
  readonly limits?: Partial<ReadLimits>;
}

export interface FixAll {
  /** The one edit of the original text; undefined when there is nothing to fix. */
  readonly edit: TextEdit | undefined;
  /** How many fixes were applied, over all passes. */
  readonly fixed: number;
}

/** Passes are bounded: a chain of n dependent fixes takes n passes, and a real Form 4 has a few dozen rows. */
const maxPasses = 64;

/** Findings that say the text cannot be read as the form: a fix must never add one. */
function readProblemCount(findings: readonly Finding[]): number {
  return findings.filter((f) => /^(xml|yaml|schema|input)\//.test(f.rule)).length;
}

/** The unambiguous fixes of one pass, as non-overlapping edits of the pass's text (a clash waits for the next pass). */
function passEdits(doc: AnalyzedDocument, findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const taken: Span[] = [];
  for (const finding of findings) {
    const actions = codeActions(doc, [finding], finding.span);
    if (actions.length !== 1 || actions[0].edits.length !== 1) continue;
    const edit = actions[0].edits[0];
    if (taken.some((t) => edit.span.start <= t.end && t.start <= edit.span.end)) continue;
    taken.push(edit.span);
    edits.push(edit);
  }
  return edits;
}

function applied(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start))
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** The one edit that turns `before` into `after`: the stretch between their common prefix and common suffix. */
function difference(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

/** All unambiguous fixes of the document, as one edit of its text. */
export function fixAll(doc: AnalyzedDocument, options: FixAllOptions = {}): FixAll {
  const { limits, ...checkOptions } = options;
  let current = doc;
  let findings = check(current, checkOptions);
  const problems = readProblemCount(findings);
  const seen = new Set([current.text]);
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = passEdits(current, findings);
    if (edits.length === 0) break;
    const text = applied(current.text, edits);
    // A text seen before would start a cycle of fixes undoing each other: stop at the last new one.
    if (seen.has(text)) break;
    const next = analyze(text, doc.format, limits);
    const nextFindings = check(next, checkOptions);
    // Never hand back a text that reads worse than the one the user had.
    if (readProblemCount(nextFindings) > problems) break;
    seen.add(text);
    fixed += edits.length;
    current = next;
    findings = nextFindings;
  }
  return { edit: difference(doc.text, current.text), fixed };
}
