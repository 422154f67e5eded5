/**
 * Where the benchmark types: the first digit of the middle row's number of shares. Inserting a digit there and
 * deleting it again makes each edit a one-character change that really matters to the checks (the running balance
 * breaks, then holds again), in the XML and in the draft alike.
 */
import type { Position, Range } from 'vscode-languageserver-protocol';

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
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
