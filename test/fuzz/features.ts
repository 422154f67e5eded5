/**
 * The editor's features over any text, as the language server calls them after analyze + check: rendering the
 * preview, the outline, folding, and at a few positions hover, completion, footnote navigation and quick fixes. For
 * each: no exception, every range inside the document, quick-fix edits that do not overlap, and all of it within a
 * time bound that grows with the text (a base plus so much per kilobyte), so a path that goes super-linear on long
 * inputs fails here as a hang would.
 */
import assert from 'node:assert/strict';
import {
  codeActions,
  complete,
  definition,
  foldingRanges,
  hover,
  references,
  render,
  symbols,
  type AnalyzedDocument,
  type DocumentSymbol,
  type Finding,
} from '../../server/src/engine/index';
import { describeCost, measureWork } from './cpuTime';
import { assertInside as inside } from './spans';

/** CPU milliseconds the features may take together (full collections aside, see ./cpuTime.ts): one second, plus 2 ms per kilobyte. */
export function featureBudgetMs(length: number): number {
  return 1000 + (2 * length) / 1024;
}

function symbolsInside(list: readonly DocumentSymbol[], length: number): void {
  for (const symbol of list) {
    inside(symbol.span, length, `the outline's ${symbol.kind} "${symbol.name.slice(0, 40)}"`);
    inside(symbol.selectionSpan, length, `the selection of the outline's ${symbol.kind}`);
    symbolsInside(symbol.children, length);
  }
}

/**
 * Positions to ask at, the same for the same text: its start and end, the middle, a spread point, and the start of
 * the first finding (where a quick fix is most likely).
 */
export function probeOffsets(text: string, findings: readonly Finding[]): number[] {
  const length = text.length;
  const spread = length === 0 ? 0 : (length * 2_654_435_761) % length;
  const offsets = [0, length, Math.floor(length / 2), spread, findings[0]?.span.start ?? 0];
  return [...new Set(offsets)];
}

function assertAt(doc: AnalyzedDocument, findings: readonly Finding[], offset: number): void {
  const length = doc.text.length;
  const shown = hover(doc, offset);
  if (shown) inside(shown.span, length, `the hover at ${offset}`);
  for (const item of complete(doc, offset)) if (item.replaceSpan) inside(item.replaceSpan, length, `completion "${item.label}"`);
  for (const span of [...definition(doc, offset), ...references(doc, offset)]) inside(span, length, `a footnote location from ${offset}`);
  for (const action of codeActions(doc, findings, { start: offset, end: offset })) {
    const edits = [...action.edits].sort((a, b) => a.span.start - b.span.start);
    edits.forEach((edit, i) => {
      inside(edit.span, length, `an edit of "${action.title}"`);
      assert.ok(i === 0 || edits[i - 1].span.end <= edit.span.start, `the edits of "${action.title}" overlap`);
    });
  }
}

/** Runs every feature over the analysed, checked document; throws an AssertionError naming what broke. */
export function assertFeatures(doc: AnalyzedDocument, findings: readonly Finding[]): void {
  const length = doc.text.length;
  const { cost } = measureWork(() => {
    const page = render(doc, { standalone: false, findings });
    assert.ok(page === undefined || typeof page === 'string', 'render gives a fragment or nothing');
    symbolsInside(symbols(doc), length);
    for (const range of foldingRanges(doc))
      assert.ok(0 <= range.start && range.start <= range.end && range.end <= length, 'a folding range');
    for (const offset of probeOffsets(doc.text, findings)) assertAt(doc, findings, offset);
  });
  const budget = featureBudgetMs(length);
  assert.ok(
    cost.workMs < budget,
    `the editor's features took ${describeCost(cost)} (limit ${Math.round(budget)} ms) on ${length} characters`,
  );
}
