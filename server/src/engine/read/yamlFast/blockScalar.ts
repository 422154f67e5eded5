/**
 * Block scalars (`|`, `|-`, `|+`, `>`, `>-`, `>+`, with an optional indentation indicator such as `|2-`) for the fast
 * reader: where the block ends and the string it stands for, as the general reader (the `yaml` package) reads them.
 * Shapes where YAML's rules get subtle give up with {@link notFast}: an empty block, blank lines more indented than
 * the text around them, a tab where indentation could be, a line indented less than the block but more than its key.
 */
import { notFast } from './notFast';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

export interface BlockScalar {
  readonly value: string;
  /** Just past the last non-blank character of the block's text (where the general reader's span ends). */
  readonly end: number;
  /** The start of the first line after the block (a less indented line), or the text's length. */
  readonly next: number;
}

interface Line {
  /** Leading spaces. */
  readonly indent: number;
  readonly start: number;
  /** The line's end without its line break (and without a CR before it). */
  readonly contentEnd: number;
  /** The offset of its LF, or the text's length for a last line without one. */
  readonly lineEnd: number;
  readonly blank: boolean;
}

function lineAt(text: string, start: number): Line {
  const nl = text.indexOf('\n', start);
  const lineEnd = nl === -1 ? text.length : nl;
  const contentEnd = lineEnd > start && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
  let i = start;
  while (i < contentEnd && text.charCodeAt(i) === SPACE) i++;
  if (i < contentEnd && text.charCodeAt(i) === TAB) notFast('a tab where a block scalar could be indented');
  return { indent: i - start, start, contentEnd, lineEnd, blank: i >= contentEnd };
}

/**
 * The block scalar whose header (`|` or `>`) is at `header`, on a line ending at `headerContentEnd`. `parentIndent`
 * is the column of the key or dash the block belongs to: its lines must be indented more.
 */
export function blockScalar(text: string, header: number, headerContentEnd: number, parentIndent: number): BlockScalar {
  const folded = text.charCodeAt(header) === 0x3e; // '>'
  let i = header + 1;
  let indicator = 0;
  let chomp = '';
  for (let n = 0; n < 2 && i < headerContentEnd; n++, i++) {
    const c = text[i]!;
    if (!indicator && c >= '1' && c <= '9') indicator = Number(c);
    else if (!chomp && (c === '-' || c === '+')) chomp = c;
    else break;
  }
  if (i < headerContentEnd) {
    if (text.charCodeAt(i) !== SPACE) notFast('a block scalar header with more than its indicators');
    while (i < headerContentEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < headerContentEnd && text[i] !== '#') notFast('text after a block scalar header');
  }

  const headerLineEnd = text.indexOf('\n', headerContentEnd);
  if (headerLineEnd === -1) notFast('an empty block scalar');
  let at = headerLineEnd + 1;
  const leadingBlanks: number[] = [];
  let line = lineAt(text, at);
  while (line.blank) {
    if (line.lineEnd >= text.length) notFast('an empty block scalar');
    leadingBlanks.push(line.indent);
    at = line.lineEnd + 1;
    line = lineAt(text, at);
  }
  let trim: number;
  if (indicator) {
    trim = parentIndent + indicator;
    if (line.indent < trim) notFast('a block scalar line indented less than its indicator says');
  } else {
    if (line.indent <= parentIndent) notFast('an empty block scalar');
    trim = line.indent;
    if (leadingBlanks.some((spaces) => spaces > trim)) notFast('leading blank lines more indented than a block scalar');
  }

  // The block: every line from the first content line that is blank or indented at least `trim`.
  const lines: Line[] = [];
  let next = text.length;
  for (;;) {
    if (!line.blank && line.indent < trim) {
      if (line.indent > parentIndent) notFast('a block scalar line indented less than the block');
      next = line.start;
      break;
    }
    lines.push(line);
    if (line.lineEnd >= text.length) break;
    line = lineAt(text, line.lineEnd + 1);
  }
  let last = lines.length - 1;
  while (lines[last]!.blank) {
    if (lines[last]!.indent > trim) notFast('trailing blank lines more indented than a block scalar');
    last--;
  }

  let value = '';
  for (const spaces of leadingBlanks) value += ' '.repeat(Math.max(0, spaces - trim)) + '\n';
  value += folded ? foldedBody(text, lines, last, trim) : literalBody(text, lines, last, trim);
  const lastLine = lines[last]!;
  if (chomp === '') value += '\n';
  else if (chomp === '+') value += '\n'.repeat(Math.max(1, countLineFeeds(text, lastLine.lineEnd, next)));
  return { value, end: trimmedEnd(text, lastLine.start, lastLine.contentEnd), next };
}

function literalBody(text: string, lines: readonly Line[], last: number, trim: number): string {
  let body = '';
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    if (i > 0) body += '\n';
    body += ' '.repeat(Math.max(0, line.indent - trim)) + text.slice(line.start + line.indent, line.contentEnd);
  }
  return body;
}

/**
 * Folding: lines at the block's indentation join with a space, an empty line between them is a line feed, and
 * more-indented lines keep their line breaks.
 */
function foldedBody(text: string, lines: readonly Line[], last: number, trim: number): string {
  let body = '';
  let separator = '';
  let previousMoreIndented = false;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    const content = text.slice(line.start + line.indent, line.contentEnd);
    if (line.indent > trim) {
      if (separator === ' ') separator = '\n';
      else if (!previousMoreIndented && separator === '\n') separator = '\n\n';
      body += separator + ' '.repeat(line.indent - trim) + content;
      separator = '\n';
      previousMoreIndented = true;
    } else if (content === '') {
      if (separator === '\n') body += '\n';
      else separator = '\n';
    } else {
      body += separator + content;
      separator = ' ';
      previousMoreIndented = false;
    }
  }
  return body;
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === LF) count++;
  return count;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  return end;
}
