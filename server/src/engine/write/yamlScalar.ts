/**
 * How a string is written as a YAML scalar so that the draft reader gets back exactly that string: the one writer
 * for conversion (write/yamlText.ts) and for edits of drafts (quick fixes, snippets, completion). The reader keeps
 * plain scalars as written (the failsafe schema: nothing is typed, `0001234567`, `1.50`, `true` and `~` stay text),
 * so a value goes plain unless YAML would read it differently: then single quotes if they suffice, else double
 * quotes with escapes. Text on several lines goes in a literal block (`|-`) where that is exact, for footnotes and
 * remarks people read.
 */

/**
 * Where the scalar stands: a block value (after `key: ` or `- `), inside a flow collection (`[...]`, `{...}`), or
 * a mapping key. What is plain-safe in flow context is plain-safe in block context too, so a writer that does not
 * know where its text will go (an edit that may land in `{value: 1, footnotes: [F1]}`) asks for 'flow'.
 */
export type ScalarContext = 'block' | 'flow' | 'key';

/** A scalar's quoting: an edit keeps the style the text had, where that style can hold the new value. */
export type ScalarStyle = 'plain' | 'single' | 'double';

export interface WrittenScalar {
  /** What follows `key: ` or `- `. */
  readonly head: string;
  /** Lines after the head (a literal block's content), already indented. */
  readonly lines: readonly string[];
}

/**
 * The scalar for `value`. In block context multi-line text may become a literal block whose lines are indented by
 * `indent` spaces (two more than the key or dash the scalar follows).
 */
export function writeScalar(value: string, context: ScalarContext, indent: number): WrittenScalar {
  if (context === 'block' && value.includes('\n')) {
    const block = literalBlock(value, indent);
    if (block) return block;
  }
  return { head: inlineScalar(value, context), lines: [] };
}

/**
 * The scalar on one line: plain, single-quoted or double-quoted, whichever reads back exactly, in that order,
 * starting from `style` (an empty value is `""` unless single quotes are asked for).
 */
export function inlineScalar(value: string, context: ScalarContext, style: ScalarStyle = 'plain'): string {
  if (style === 'plain' && isPlainSafe(value, context)) return value;
  if (style !== 'double' && (value !== '' || style === 'single') && everyChar(value, isPlainChar)) return `'${value.replace(/'/g, "''")}'`;
  return doubleQuoted(value);
}

const indicators = new Set('-?:,[]{}#&*!|>\'"%@`');
const flowIndicators = /[,[\]{}]/;

function isPlainSafe(value: string, context: ScalarContext): boolean {
  if (value === '' || !everyChar(value, isPlainChar)) return false;
  const first = value[0]!;
  if (first === ' ' || value.endsWith(' ')) return false;
  if (indicators.has(first) && !(first === '-' && value.length > 1 && value[1] !== ' ' && value[1] !== '-')) return false;
  if (value.startsWith('...')) return false;
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) return false;
  if (context !== 'block' && (flowIndicators.test(value) || value.includes(':'))) return false;
  return true;
}

/** Printable characters that YAML keeps as they are on one line: no tab, no line break, no byte-order mark. */
function isPlainChar(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) return false;
  return (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || code >= 0x10000;
}

/** Every code point passes `test` (a lone surrogate never does). */
function everyChar(value: string, test: (code: number) => boolean): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.codePointAt(i)!;
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if (!test(code)) return false;
    if (code >= 0x10000) i++;
  }
  return true;
}

const namedEscapes: Readonly<Record<number, string>> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0x2028: '\\L',
  0x2029: '\\P',
};

export function doubleQuoted(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const named = namedEscapes[code];
    if (named) out += named;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${hex(code, 2)}`;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += value[i]! + value[i + 1]!;
      i++;
    } else if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfeff || code === 0xfffe || code === 0xffff) out += `\\u${hex(code, 4)}`;
    else out += value[i]!;
  }
  return out + '"';
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * `value` as a literal block (`|-`, `|` or `|+` by its trailing line breaks), or undefined where a literal block
 * cannot hold it exactly (carriage returns, control characters, nothing but line breaks, a blank last line). An
 * indentation indicator is added when the text starts with spaces or blank lines, which YAML would otherwise take for
 * indentation.
 */
function literalBlock(value: string, indent: number): WrittenScalar | undefined {
  if (!everyChar(value, (code) => code === 0x09 || code === 0x0a || isPlainChar(code))) return undefined;
  const body = withoutTrailingLineBreaks(value);
  // Blank last lines are where YAML readers disagree about what is content and what is chomped: quote those.
  if (body.trim() === '' || /\n[ \t]*$/.test(body)) return undefined;
  const trailingBreaks = value.length - body.length;
  const chomping = trailingBreaks === 0 ? '-' : trailingBreaks === 1 ? '' : '+';
  const lines = body.split('\n');
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  const indicator = firstContent > 0 || lines[firstContent]!.startsWith(' ') ? '2' : '';
  const pad = ' '.repeat(indent);
  const written = lines.map((line) => (line === '' ? '' : pad + line));
  for (let i = 1; i < trailingBreaks; i++) written.push('');
  return { head: `|${indicator}${chomping}`, lines: written };
}

/** The text without its trailing line breaks, in one pass (`/\n+$/` is quadratic on many line breaks before text). */
function withoutTrailingLineBreaks(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 0x0a) end--;
  return value.slice(0, end);
}
