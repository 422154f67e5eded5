/**
 * Where the benchmark types: the first digit of the middle row's number of shares. Inserting a digit there and
 * deleting it again makes each edit a one-character change that really matters to the checks (the running balance
 * breaks, then holds again), in the XML and in the draft alike.
 *
 * Positions are counted as the server counts them (`LineIndex`: a line ends at `\n`, `\r\n` or a lone `\r`): rows
 * borrowed from filings with lone `\r` line ends once put the edit inside an end tag when only `\n` was counted.
 * `checkedEditSpot` proves the spot before any timing: the insert lands at the offset, leaves the document as well
 * formed as it was, and changes the share count of a row.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { analyze, LineIndex, type ElementNode } from '../../server/src/engine/index';

export function positionAt(text: string, offset: number): Position {
  return new LineIndex(text).positionAt(offset);
}

/** The offset just after the first digit of the middle row's share count. */
export function editOffset(text: string, format: 'xml' | 'yaml'): number {
  const pattern = format === 'xml' ? /<transactionShares>\s*<value>\s*\d/g : /transactionShares: \d/g;
  const ends = [...text.matchAll(pattern)].map((m) => (m.index ?? 0) + m[0].length);
  if (ends.length === 0) throw new Error(`no transactionShares value to edit in the ${format} document`);
  return ends[Math.floor(ends.length / 2)];
}

export interface OneCharacterEdit {
  readonly range: Range;
  readonly text: string;
}

/** The n-th edit of the alternation: even ones insert "1" at the spot, odd ones delete it again. */
export function nthEdit(text: string, offset: number, n: number): OneCharacterEdit {
  const at = positionAt(text, offset);
  return n % 2 === 0
    ? { range: { start: at, end: at }, text: '1' }
    : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
}

/** The deepest element whose text holds `offset` (its end included: a digit typed at the end of a value). */
function textNodeAt(node: ElementNode, offset: number, parent?: ElementNode): { node: ElementNode; parent?: ElementNode } | undefined {
  for (const child of node.children) {
    if (child.span.start <= offset && offset <= child.span.end) {
      const found = textNodeAt(child, offset, node);
      if (found) return found;
    }
  }
  return node.text && node.text.span.start <= offset && offset <= node.text.span.end ? { node, parent } : undefined;
}

/** Problems reading the text (syntax, not the rules): an edit that adds one broke the document. */
function readProblems(text: string, format: 'xml' | 'yaml'): string[] {
  return analyze(text, format)
    .readFindings.filter((f) => f.severity === 'error')
    .map((f) => f.message);
}

/**
 * The edit spot of `text`, after checking that both edits of the alternation do what they are meant to, as the
 * server's own text document applies them: the insert puts "1" at the offset, the delete restores the text, the
 * document reads as cleanly as before, and the digit went into a `transactionShares` value. Throws otherwise, so a
 * benchmark never times the wrong document.
 */
export function checkedEditSpot(text: string, format: 'xml' | 'yaml'): number {
  const offset = editOffset(text, format);
  const apply = (from: string, n: number) => {
    const edit = nthEdit(from, offset, n);
    return TextDocument.applyEdits(TextDocument.create('memory:bench', format, n, from), [{ range: edit.range, newText: edit.text }]);
  };
  const inserted = apply(text, 0);
  const fail = (why: string) => new Error(`the ${format} edit spot at offset ${offset} ${why}`);
  if (inserted !== text.slice(0, offset) + '1' + text.slice(offset)) throw fail('does not land at its offset');
  const restored = apply(inserted, 1);
  if (restored !== text) throw fail('is not undone by the delete');
  const before = readProblems(text, format);
  const after = readProblems(inserted, format);
  if (after.length > before.length) throw fail(`breaks the document: ${after.join('; ')}`);
  const cellAt = (source: string) => {
    const root = analyze(source, format).root;
    const hit = root ? textNodeAt(root, offset) : undefined;
    return { cell: hit?.node.name === 'value' ? hit.parent : hit?.node, text: hit?.node.text };
  };
  const was = cellAt(text);
  const now = cellAt(inserted);
  if (now.cell?.name !== 'transactionShares' || was.cell?.name !== 'transactionShares')
    throw fail(`is not in a share count (it is in ${now.cell?.name ?? 'nothing'})`);
  const at = offset - (was.text?.span.start ?? 0);
  const expected = was.text ? was.text.value.slice(0, at) + '1' + was.text.value.slice(at) : undefined;
  if (now.text?.value !== expected) throw fail(`makes the share count ${now.text?.value}, not ${expected}`);
  return offset;
}
