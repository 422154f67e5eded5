/** Indentation as the document already has it, so inserted text looks like it was typed there. */
import type { ElementNode } from '../../tree/node';

export function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return start;
}

/** The offset of the line break ending the line that holds `offset` (the text's end on the last line). */
export function lineEndOf(text: string, offset: number): number {
  const end = text.slice(offset).search(/[\r\n]/);
  return end < 0 ? text.length : offset + end;
}

/** The spaces and tabs that start the line holding `offset`. */
export function indentationAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** True when only spaces and tabs stand between the line start and `offset`: the element starts its line. */
export function startsLine(text: string, offset: number): boolean {
  // Backwards over the blanks only: slicing from the line start cost the whole line, so asking it of every element
  // of a long one-line document was quadratic (a second per completion on an 86 KB fuzz case).
  let start = offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
}

/** The document's newline: CRLF when the text uses it, else LF. */
export function newlineOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/**
 * One level of indentation: the step between the first parent and child that start lines of their own, anywhere
 * in the tree (XML and YAML alike); two spaces when the document shows none.
 */
export function indentUnit(text: string, root: ElementNode | undefined): string {
  // Breadth first through a growing list read by index (`shift` on a long queue costs its length each time).
  const queue: ElementNode[] = root ? [root] : [];
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next]!;
    const parentStartsLine = startsLine(text, node.span.start);
    for (const child of node.children) {
      if (parentStartsLine && startsLine(text, child.span.start)) {
        const outer = indentationAt(text, node.span.start);
        const inner = indentationAt(text, child.span.start);
        if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
      }
      queue.push(child);
    }
  }
  return '  ';
}
