/**
 * Moving an XML element among its siblings, as the file lays them out: an element on lines of its own leaves them
 * (no blank line behind) and goes on lines of its own beside the sibling it is moved to, at that sibling's
 * indentation; an element written inline (`<cell><footnoteId id="F1"/><value>1</value></cell>`) moves inline. Its
 * text is kept as written, its inner lines re-indented only by the difference between the two places. The comments
 * right before an element (nothing but spaces between) stand for it: they move with it, and nothing is put between
 * them and the sibling they stand before.
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

/** The element with the comments that stand right before it: from the first of them to the element's end. */
function extentOf(text: string, parent: ElementNode, node: ElementNode): Span {
  const index = parent.children.indexOf(node);
  const comments = (parent.comments ?? []).filter((c) => c.at === index).sort((a, b) => b.span.start - a.span.start);
  let start = node.span.start;
  for (const comment of comments) {
    if (comment.span.end > start || !/^\s*$/.test(text.slice(comment.span.end, start))) break;
    start = comment.span.start;
  }
  return { start, end: node.span.end };
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
function ownsLines(text: string, span: Span): boolean {
  return startsLine(text, span.start) && endsLine(text, span.end);
}

/** The stretch removing the element takes: its whole lines when it owns them, else the element alone. */
function removedSpan(text: string, span: Span): Span {
  if (!ownsLines(text, span)) return span;
  return { start: lineStartOf(text, span.start), end: pastBreak(text, lineEndOf(text, span.end)) };
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
 * The two edits (removal, insertion) that move `node`, a child of `parent`, right before or after `target.sibling`.
 * Undefined when the two places touch (the element is already there).
 */
export function moveXmlElement(text: string, parent: ElementNode, node: ElementNode, target: MoveTarget): TextEdit[] | undefined {
  const { side } = target;
  const piece = extentOf(text, parent, node);
  const sibling = side === 'before' ? extentOf(text, parent, target.sibling) : target.sibling.span;
  const removed = removedSpan(text, piece);
  const raw = text.slice(piece.start, piece.end);
  const block = ownsLines(text, piece) && ownsLines(text, sibling);
  let insertion: TextEdit;
  if (block) {
    const indent = indentationAt(text, sibling.start);
    const moved = indent + reindented(raw, indentationAt(text, piece.start), indent);
    const nl = newlineOf(text);
    insertion =
      side === 'before'
        ? { span: emptyAt(lineStartOf(text, sibling.start)), newText: moved + nl }
        : { span: emptyAt(sibling.end), newText: nl + moved };
  } else {
    insertion = { span: emptyAt(side === 'before' ? sibling.start : sibling.end), newText: raw };
  }
  const at = insertion.span.start;
  if (at >= removed.start && at <= removed.end) return undefined;
  return [{ span: removed, newText: '' }, insertion];
}

function emptyAt(offset: number): Span {
  return { start: offset, end: offset };
}
