/**
 * Quoted and plain scalars for the fast reader: where one ends and the string it stands for, with YAML's escapes and
 * line folding. The results match the general reader's (the `yaml` package, failsafe schema) character for
 * character; where a rule gets subtle (tabs, invalid escapes, a continuation line indented too little) these give up
 * with {@link notFast} instead of guessing.
 */
import { notFast } from './notFast';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOUBLE = 0x22;
const SINGLE = 0x27;

export interface QuotedScalar {
  readonly value: string;
  /** The offset just past the closing quote. */
  readonly end: number;
}

/**
 * A double-quoted scalar starting at `open`. Its continuation lines must be indented at least `minIndent` spaces
 * (or be blank), as the YAML lexer requires of a scalar inside a block collection; `multiLine` false allows none.
 */
export function doubleQuoted(text: string, open: number, minIndent: number, multiLine: boolean): QuotedScalar {
  let value = '';
  let runStart = open + 1; // start of the literal run not yet copied into `value`
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === DOUBLE) return { value: value + text.slice(runStart, i), end: i + 1 };
    if (c === BACKSLASH) {
      value += text.slice(runStart, i);
      i = escape(text, i, minIndent, multiLine, (decoded) => (value += decoded));
      runStart = i + 1;
    } else if (c === SPACE) {
      // Spaces before a line break are dropped, others kept.
      let j = i + 1;
      while (text.charCodeAt(j) === SPACE) j++;
      const next = text.charCodeAt(j);
      if (next === LF || next === CR) {
        value += text.slice(runStart, i);
        runStart = j;
      }
      i = j - 1;
    } else if (c === LF || c === CR) {
      if (!multiLine) notFast('a quoted key or flow value on several lines');
      value += text.slice(runStart, i);
      const folded = foldLineBreaks(text, i, minIndent);
      value += folded.text;
      i = folded.next - 1;
      runStart = folded.next;
    } else if (c === TAB || c < SPACE) {
      notFast('a tab or control character in a quoted scalar');
    }
  }
  return notFast('a double-quoted scalar without its closing quote');
}

const simpleEscapes: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** The escape at `at` (a backslash): emits its text and returns the offset of its last character. */
function escape(text: string, at: number, minIndent: number, multiLine: boolean, emit: (decoded: string) => void): number {
  const letter = text[at + 1];
  if (letter === undefined) notFast('a backslash at the end of the text');
  const simple = simpleEscapes[letter];
  if (simple !== undefined) {
    emit(simple);
    return at + 1;
  }
  if (letter === 'x' || letter === 'u' || letter === 'U') {
    const length = letter === 'x' ? 2 : letter === 'u' ? 4 : 8;
    const digits = text.slice(at + 2, at + 2 + length);
    if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) notFast('an invalid escape');
    const code = parseInt(digits, 16);
    if (code > 0x10ffff) notFast('an escape past the last code point');
    emit(String.fromCodePoint(code));
    return at + 1 + length;
  }
  if (letter === '\n' || (letter === '\r' && text[at + 2] === '\n')) {
    // An escaped line break joins the lines; the next line's indentation goes too.
    if (!multiLine) notFast('a quoted key or flow value on several lines');
    const lineStart = at + (letter === '\n' ? 2 : 3);
    let j = lineStart;
    while (text.charCodeAt(j) === SPACE) j++;
    const next = text.charCodeAt(j);
    if (next === TAB) notFast('a tab in a quoted scalar');
    if (next !== LF && next !== CR && j - lineStart < minIndent) notFast('a quoted scalar continued with too little indentation');
    return j - 1;
  }
  return notFast('an escape YAML does not define');
}

/**
 * The line break at `at` and the blank lines and indentation after it, folded as YAML folds flow scalars: one line
 * break becomes a space, n + 1 of them n line feeds. Returns the text and the offset of the next content character.
 */
function foldLineBreaks(text: string, at: number, minIndent: number): { text: string; next: number } {
  let breaks = 0;
  let i = at;
  for (;;) {
    // `i` is at a line break (LF, or CR LF: a lone CR never reaches here).
    if (text.charCodeAt(i) === CR) i++;
    i++;
    const lineStart = i;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    if (c === TAB) notFast('a tab in a quoted scalar');
    if (c === LF || c === CR) {
      breaks++;
      continue;
    }
    if (i - lineStart < minIndent) notFast('a quoted scalar continued with too little indentation');
    return { text: breaks === 0 ? ' ' : '\n'.repeat(breaks), next: i };
  }
}

/** A single-quoted scalar starting at `open` (`''` is a quote), folded like a double-quoted one. */
export function singleQuoted(text: string, open: number, minIndent: number, multiLine: boolean): QuotedScalar {
  let close = open + 1;
  let hasLineBreak = false;
  for (;;) {
    const c = text.charCodeAt(close);
    if (close >= text.length) notFast('a single-quoted scalar without its closing quote');
    if (c === SINGLE) {
      if (text.charCodeAt(close + 1) !== SINGLE) break;
      close += 2;
      continue;
    }
    if (c === LF) hasLineBreak = true;
    else if (c === TAB || (c < SPACE && c !== CR)) notFast('a tab or control character in a quoted scalar');
    close++;
  }
  const inner = text.slice(open + 1, close);
  if (!hasLineBreak) return { value: inner.includes("''") ? inner.replace(/''/g, "'") : inner, end: close + 1 };
  if (!multiLine) notFast('a quoted key or flow value on several lines');
  checkContinuationIndent(text, open + 1, close, minIndent);
  return { value: unfoldLines(inner).replace(/''/g, "'"), end: close + 1 };
}

/** Every line break in [from, to) is followed by a blank line or by at least `minIndent` spaces of indentation. */
export function checkContinuationIndent(text: string, from: number, to: number, minIndent: number): void {
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < to; nl = text.indexOf('\n', nl + 1)) {
    let j = nl + 1;
    while (text.charCodeAt(j) === SPACE) j++;
    const c = text.charCodeAt(j);
    if (c === TAB) notFast('a tab in a multi-line scalar');
    if (c !== LF && c !== CR && j - (nl + 1) < minIndent) notFast('a scalar continued with too little indentation');
  }
}

/**
 * Line folding of a plain or single-quoted scalar's source spanning several lines: the first line loses its trailing
 * blanks, the last its leading blanks, the lines between both; lines join with a space, and each empty line between
 * them stands for a line feed.
 */
export function unfoldLines(source: string): string {
  const lines = source.split('\n');
  if (lines.length === 1) return source;
  let result = trimEnd(withoutCR(lines[0]!));
  let separator = ' ';
  for (let i = 1; i < lines.length - 1; i++) {
    const line = trimBoth(withoutCR(lines[i]!));
    if (line === '') {
      if (separator === '\n') result += separator;
      else separator = '\n';
    } else {
      result += separator + line;
      separator = ' ';
    }
  }
  return result + separator + trimStart(lines[lines.length - 1]!);
}

function withoutCR(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isBlank(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

function trimStart(s: string): string {
  let start = 0;
  while (start < s.length && isBlank(s.charCodeAt(start))) start++;
  return s.slice(start);
}

function trimBoth(s: string): string {
  return trimStart(trimEnd(s));
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}
