/**
 * Folding ranges: every element that spans several lines (rows, tables, owners, footnotes...). In XML the end tag
 * stays visible, as editors fold markup; in YAML the fold runs to the element's last line.
 *
 * Each element costs time in its name and its trailing white space only, never in its length: the outline of a
 * document of 40,000 elements (each span running to the end of the text when they are never closed) stays linear.
 */
import type { AnalyzedDocument } from '../service';
import type { LineIndex } from '../text/lineIndex';
import { walk } from '../tree/node';
import type { FoldingRange } from './types';

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';

function lastContentOffset(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}

/** Where `</name ...>` starts when the element's span ends with it, read backwards from the span's end; else -1. */
function endTagStart(text: string, start: number, end: number, name: string): number {
  let at = end - 1;
  if (text[at] !== '>') return -1;
  at--;
  while (at > start && isSpace(text[at])) at--;
  const nameStart = at - name.length + 1;
  if (nameStart - 2 <= start || text.slice(nameStart, at + 1) !== name || text[nameStart - 1] !== '/' || text[nameStart - 2] !== '<')
    return -1;
  return nameStart - 2;
}

/** In XML: the end of the line before the end tag, when the end tag starts its own line. */
function xmlFoldEnd(text: string, start: number, end: number, name: string): number {
  const endTag = endTagStart(text, start, end, name);
  if (endTag < 0) return lastContentOffset(text, start, end);
  let at = endTag;
  while (at > start && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at > start && (text[at - 1] === '\n' || text[at - 1] === '\r') ? at - 1 : endTag;
}

function spansLines(lines: LineIndex, start: number, end: number): boolean {
  return lines.positionAt(start).line !== lines.positionAt(end).line;
}

export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  if (!doc.root) return [];
  const ranges: FoldingRange[] = [];
  walk(doc.root, (node) => {
    // A draft's root is the whole file, not a region of it.
    if (node === doc.root && doc.format === 'yaml') return;
    const { start, end } = node.span;
    const foldEnd = doc.format === 'xml' ? xmlFoldEnd(doc.text, start, end, node.name) : lastContentOffset(doc.text, start, end);
    if (foldEnd > start && spansLines(doc.lines, start, foldEnd)) ranges.push({ start, end: foldEnd });
  });
  return ranges;
}
