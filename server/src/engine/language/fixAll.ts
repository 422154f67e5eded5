/**
 * Fix all: every quick fix its rule stands behind (a finding's only fix, or the one it marks preferred), applied
 * together as one edit, for the editor's `source.fixAll` action and `editor.codeActionsOnSave`. Fixes can depend on each other (a
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

/**
 * The fix a finding's rule stands behind: its only fix, or the one fix it marks preferred (a repeated amount owned
 * has two readings, and the rule prefers the one that keeps the last row, the final holding, as filed). A finding
 * whose fixes are all equal choices (the 10b5-1 box: checked or not) is left to the user.
 */
function chosenFix(doc: AnalyzedDocument, finding: Finding): readonly TextEdit[] | undefined {
  if (isFilersDeclaration(finding)) return undefined;
  const actions = codeActions(doc, [finding], finding.span);
  const preferred = actions.length === 1 ? actions : actions.filter((a) => a.isPreferred);
  return preferred.length === 1 && preferred[0].edits.length > 0 ? preferred[0].edits : undefined;
}

/**
 * Fixes that state a fact only the filer can declare (whether the trades were made under a Rule 10b5-1(c) plan):
 * one may be preferred in the light bulb from what the footnotes say, but none is applied unasked.
 */
function isFilersDeclaration(finding: Finding): boolean {
  return finding.rule === 'rule10b5-1/missing' || (finding.rule === 'schema/missing-element' && finding.data?.missing === 'aff10b5One');
}

const overlaps = (a: Span, b: Span): boolean => a.start <= b.end && b.start <= a.end;

/** The chosen fixes of one pass, as non-overlapping edits of the pass's text (a fix that clashes waits for the next pass). */
function passFixes(doc: AnalyzedDocument, findings: readonly Finding[]): { readonly edits: TextEdit[]; readonly fixes: number } {
  const edits: TextEdit[] = [];
  let fixes = 0;
  for (const finding of findings) {
    const fix = chosenFix(doc, finding);
    if (!fix || fix.some((edit) => edits.some((taken) => overlaps(edit.span, taken.span)))) continue;
    edits.push(...fix);
    fixes++;
  }
  return { edits, fixes };
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

/** Every chosen fix of the document, as one edit of its text. */
export function fixAll(doc: AnalyzedDocument, options: FixAllOptions = {}): FixAll {
  const { limits, ...checkOptions } = options;
  let current = doc;
  let findings = check(current, checkOptions);
  const problems = readProblemCount(findings);
  const seen = new Set([current.text]);
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { edits, fixes } = passFixes(current, findings);
    if (fixes === 0) break;
    const text = applied(current.text, edits);
    // A text seen before would start a cycle of fixes undoing each other: stop at the last new one.
    if (seen.has(text)) break;
    const next = analyze(text, doc.format, limits);
    const nextFindings = check(next, checkOptions);
    // Never hand back a text that reads worse than the one the user had.
    if (readProblemCount(nextFindings) > problems) break;
    seen.add(text);
    fixed += fixes;
    current = next;
    findings = nextFindings;
  }
  return { edit: difference(doc.text, current.text), fixed };
}
