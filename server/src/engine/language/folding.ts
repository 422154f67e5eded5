/**
 * Folding ranges: every element that spans several lines (rows, tables, owners, footnotes...). In XML the end tag
 * stays visible, as editors fold markup; in YAML the fold runs to the element's last line.
 */
import type { AnalyzedDocument } from '../service';
import { walk } from '../tree/node';
import type { FoldingRange } from './types';

function lastContentOffset(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}

/** In XML: the end of the line before the end tag, when the end tag starts its own line. */
function xmlFoldEnd(text: string, start: number, end: number, name: string): number {
  const endTag = text.lastIndexOf(`</${name}`, end);
  if (endTag <= start) return lastContentOffset(text, start, end);
  const lineBreak = text.slice(start, endTag).search(/[\r\n][ \t]*$/);
  return lineBreak < 0 ? endTag : start + lineBreak;
}

function hasLineBreak(text: string, start: number, end: number): boolean {
  return /[\r\n]/.test(text.slice(start, end));
}

export function foldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  if (!doc.root) return [];
  const ranges: FoldingRange[] = [];
  walk(doc.root, (node) => {
    // A draft's root is the whole file, not a region of it.
    if (node === doc.root && doc.format === 'yaml') return;
    const { start, end } = node.span;
    const foldEnd = doc.format === 'xml' ? xmlFoldEnd(doc.text, start, end, node.name) : lastContentOffset(doc.text, start, end);
    if (foldEnd > start && hasLineBreak(doc.text, start, foldEnd)) ranges.push({ start, end: foldEnd });
  });
  return ranges;
}
