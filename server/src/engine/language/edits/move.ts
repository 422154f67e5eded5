/**
 * Moving an XML element among its siblings, as the file lays them out: an element on lines of its own leaves them
 * (no blank line behind) and goes on lines of its own beside the sibling it is moved to, at that sibling's
 * indentation; an element written inline (`<cell><footnoteId id="F1"/><value>1</value></cell>`) moves inline. Its
 * text is kept as written, its inner lines re-indented only by the difference between the two places.
 */
import type { Span } from '../../text/span';
import type { ElementNode } from '../../tree/node';
import type { TextEdit } from '../types';
import { indentationAt, lineEndOf, lineStartOf, newlineOf, startsLine } from './indent';

/** Where an element goes: right before or right after a sibling. */
export interface MoveTarget {
  readonly side: 'before' | 'after';
  readonly sibling: ElementNode;
}

/** The offset after the line break at `offset` (CRLF, LF or CR), or `offset` at the end of the text. */
function pastBreak(text: string, offset: number): number {
  if (text.startsWith('\r\n', offset)) return offset + 2;
  return offset < text.length ? offset + 1 : offset;
}

/** True when only spaces and tabs stand between `offset` and the end of its line. */
function endsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(offset, lineEndOf(text, offset)));
}

/** True when the element has its lines to itself: nothing but indentation before it, nothing after it. */
function ownsLines(text: string, node: ElementNode): boolean {
  return startsLine(text, node.span.start) && endsLine(text, node.span.end);
}

/** The stretch removing the element takes: its whole lines when it owns them, else the element alone. */
function removedSpan(text: string, node: ElementNode): Span {
  if (!ownsLines(text, node)) return node.span;
  return { start: lineStartOf(text, node.span.start), end: pastBreak(text, lineEndOf(text, node.span.end)) };
}

/** The element's text with its inner lines moved from one indentation to another. */
function reindented(raw: string, from: string, to: string): string {
  if (from === to) return raw;
  return raw.replace(
    /(\r\n|\r|\n)([ \t]*)/g,
    (_, nl: string, lead: string) => nl + (lead.startsWith(from) ? to + lead.slice(from.length) : lead),
  );
}

/**
 * The two edits (removal, insertion) that move `node` right before or after `target.sibling`, a sibling of it. Undefined
 * when the two places touch (the element is already there).
 */
export function moveXmlElement(text: string, node: ElementNode, target: MoveTarget): TextEdit[] | undefined {
  const { sibling, side } = target;
  const removed = removedSpan(text, node);
  const raw = text.slice(node.span.start, node.span.end);
  const block = ownsLines(text, node) && ownsLines(text, sibling);
  let insertion: TextEdit;
  if (block) {
    const indent = indentationAt(text, sibling.span.start);
    const moved = indent + reindented(raw, indentationAt(text, node.span.start), indent);
    const nl = newlineOf(text);
    insertion =
      side === 'before'
        ? { span: emptyAt(lineStartOf(text, sibling.span.start)), newText: moved + nl }
        : { span: emptyAt(sibling.span.end), newText: nl + moved };
  } else {
    insertion = { span: emptyAt(side === 'before' ? sibling.span.start : sibling.span.end), newText: raw };
  }
  const at = insertion.span.start;
  if (at >= removed.start && at <= removed.end) return undefined;
  return [{ span: removed, newText: '' }, insertion];
}

function emptyAt(offset: number): Span {
  return { start: offset, end: offset };
}
