/**
 * The fuzzer's mutations, as data fast-check generates and shrinks: byte flips, cuts at every kind of position,
 * deleted and duplicated elements and lines, swapped lines, random Unicode (lone surrogates, byte-order marks, control
 * and separator characters included), very long values, re-indentation and line-end changes. Positions are plain
 * numbers taken modulo what the text offers, so any generated plan applies to any document and shrinks towards its
 * start.
 */
import fc from 'fast-check';
import type { SourceFormat } from '../../server/src/engine/index';
import { classesOf, injectClass, positionRanges, valueRanges, type PositionClass } from './positions';

export type Mutation =
  | { readonly kind: 'flip-unit'; readonly at: number; readonly bit: number }
  | { readonly kind: 'flip-byte'; readonly at: number; readonly bit: number }
  | { readonly kind: 'truncate'; readonly cls: PositionClass | 'anywhere'; readonly at: number }
  | { readonly kind: 'inject'; readonly cls: PositionClass; readonly at: number }
  | { readonly kind: 'delete-element' | 'duplicate-element'; readonly at: number }
  | { readonly kind: 'delete-line' | 'duplicate-line'; readonly at: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly other: number }
  | { readonly kind: 'insert' | 'replace-value'; readonly at: number; readonly text: string }
  | {
      readonly kind: 'long-value';
      readonly at: number;
      readonly prefix: string;
      readonly unit: string;
      readonly length: number;
      readonly suffix: string;
    }
  | { readonly kind: 'bom'; readonly at: number; readonly where: 'start' | 'twice' | 'anywhere' }
  | { readonly kind: 'indent'; readonly at: number; readonly change: 'deeper' | 'shallower' | 'tab' | 'none' }
  | { readonly kind: 'line-ends'; readonly style: 'crlf' | 'cr' | 'mixed' };

/** A document to mutate (by its index in the bases given) and what to do to it, in order. */
export interface Plan {
  readonly base: number;
  readonly mutations: readonly Mutation[];
}

// ---- applying --------------------------------------------------------------------------------------------------

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** An offset in `[0, length]`. */
function offset(at: number, length: number): number {
  return at % (length + 1);
}

interface Line {
  readonly start: number;
  /** After the line break (or the text's end for the last line). */
  readonly end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      if (start < text.length) lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: newline + 1 });
    start = newline + 1;
  }
}

/** The span of an element: an XML start tag to its end tag; a YAML line with the more-indented lines under it. */
function elementSpan(text: string, format: SourceFormat, at: number): { start: number; end: number } | undefined {
  if (format === 'xml') {
    const starts: Array<{ start: number; end: number; name: string; selfClosing: boolean }> = [];
    const tag = /<([A-Za-z_][^\s/>]*)[^<>]*?(\/?)>/g;
    for (let m = tag.exec(text); m; m = tag.exec(text))
      starts.push({ start: m.index, end: m.index + m[0].length, name: m[1], selfClosing: m[2] === '/' });
    if (starts.length === 0) return undefined;
    const chosen = starts[at % starts.length];
    if (chosen.selfClosing) return chosen;
    const close = text.indexOf(`</${chosen.name}>`, chosen.end);
    return close < 0 ? chosen : { start: chosen.start, end: close + chosen.name.length + 3 };
  }
  const lines = linesOf(text).filter((l) => text.slice(l.start, l.end).trim() !== '');
  if (lines.length === 0) return undefined;
  const index = at % lines.length;
  const first = lines[index];
  const indentOf = (l: Line) => /^[ -]*/.exec(text.slice(l.start, l.end))![0].length;
  const indent = indentOf(first);
  let end = first.end;
  for (let i = index + 1; i < lines.length && indentOf(lines[i]) > indent; i++) end = lines[i].end;
  return { start: first.start, end };
}

function flipByte(text: string, at: number, bit: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return text;
  bytes[at % bytes.length] ^= 1 << (bit % 8);
  return bytes.toString('utf8');
}

function reindent(text: string, at: number, change: 'deeper' | 'shallower' | 'tab' | 'none'): string {
  const lines = linesOf(text);
  if (lines.length === 0) return text;
  const line = lines[at % lines.length];
  const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0].length;
  switch (change) {
    case 'deeper':
      return splice(text, line.start, line.start, ' ');
    case 'shallower':
      return indent > 0 ? splice(text, line.start, line.start + 1, '') : text;
    case 'tab':
      return splice(text, line.start, line.start + Math.min(indent, 2), '\t');
    case 'none':
      return splice(text, line.start, line.start + indent, '');
  }
}

function lineEnds(text: string, style: 'crlf' | 'cr' | 'mixed'): string {
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
}

/** Where a cut of class `cls` goes: strictly inside a token of that class where it is long enough. */
function cutOffset(text: string, format: SourceFormat, cls: PositionClass | 'anywhere', at: number): { text: string; cut: number } {
  if (cls === 'anywhere') return { text, cut: offset(at, text.length) };
  let ranges = positionRanges(text, format).get(cls);
  if (!ranges || ranges.length === 0) {
    text = injectClass(text, format, cls, at);
    ranges = positionRanges(text, format).get(cls);
  }
  if (!ranges || ranges.length === 0) return { text, cut: offset(at, text.length) };
  const range = ranges[at % ranges.length];
  const inner = range.end - range.start - 1;
  return { text, cut: inner > 0 ? range.start + 1 + (Math.floor(at / ranges.length) % inner) : range.start };
}

export function applyMutation(text: string, format: SourceFormat, m: Mutation): string {
  switch (m.kind) {
    case 'flip-unit': {
      if (text.length === 0) return text;
      const i = m.at % text.length;
      return splice(text, i, i + 1, String.fromCharCode(text.charCodeAt(i) ^ (1 << (m.bit % 16))));
    }
    case 'flip-byte':
      return flipByte(text, m.at, m.bit);
    case 'truncate': {
      const { text: source, cut } = cutOffset(text, format, m.cls, m.at);
      return source.slice(0, cut);
    }
    case 'inject':
      return injectClass(text, format, m.cls, m.at);
    case 'delete-element':
    case 'duplicate-element': {
      const span = elementSpan(text, format, m.at);
      if (!span) return text;
      return m.kind === 'delete-element'
        ? splice(text, span.start, span.end, '')
        : splice(text, span.end, span.end, text.slice(span.start, span.end));
    }
    case 'delete-line':
    case 'duplicate-line': {
      const lines = linesOf(text);
      if (lines.length === 0) return text;
      const line = lines[m.at % lines.length];
      return m.kind === 'delete-line'
        ? splice(text, line.start, line.end, '')
        : splice(text, line.end, line.end, text.slice(line.start, line.end));
    }
    case 'swap-lines': {
      const lines = linesOf(text);
      if (lines.length < 2) return text;
      const i = m.at % lines.length;
      // Half the time the next line (a local reordering), else any other line.
      const j = m.other % 2 === 0 ? (i + 1) % lines.length : Math.floor(m.other / 2) % lines.length;
      const [a, b] = i < j ? [lines[i], lines[j]] : [lines[j], lines[i]];
      const withBreak = (l: Line) =>
        text.slice(l.start, l.end).endsWith('\n') ? text.slice(l.start, l.end) : `${text.slice(l.start, l.end)}\n`;
      return text.slice(0, a.start) + withBreak(b) + text.slice(a.end, b.start) + withBreak(a) + text.slice(b.end);
    }
    case 'insert':
      return splice(text, offset(m.at, text.length), offset(m.at, text.length), m.text);
    case 'replace-value':
    case 'long-value': {
      const values = valueRanges(text, format);
      const span = values.length > 0 ? values[m.at % values.length] : { start: offset(m.at, text.length), end: offset(m.at, text.length) };
      const value =
        m.kind === 'long-value'
          ? m.prefix + m.unit.repeat(Math.ceil(m.length / Math.max(1, m.unit.length))).slice(0, m.length) + m.suffix
          : m.text;
      return splice(text, span.start, span.end, value);
    }
    case 'bom':
      if (m.where === 'start') return `\uFEFF${text}`;
      if (m.where === 'twice') return `\uFEFF\uFEFF${text}`;
      return splice(text, offset(m.at, text.length), offset(m.at, text.length), '\uFEFF');
    case 'indent':
      return reindent(text, m.at, m.change);
    case 'line-ends':
      return lineEnds(text, m.style);
  }
}

export function applyPlan(text: string, format: SourceFormat, mutations: readonly Mutation[]): string {
  return mutations.reduce((t, m) => applyMutation(t, format, m), text);
}

// ---- generating ------------------------------------------------------------------------------------------------

/** Characters and snippets that break readers: markup and YAML indicators, surrogates, BOMs, separators, controls. */
const nasty = [
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\u0000',
  '\u0001',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u200B',
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '<',
  '>',
  '&',
  ';',
  '"',
  "'",
  ':',
  '-',
  '#',
  '[',
  ']',
  '{',
  '}',
  '*',
  '!',
  '|',
  '%',
  '@',
  '`',
  '\\',
  '/',
  '=',
  '?',
  ',',
  ']]>',
  '<!--',
  '-->',
  '<![CDATA[',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  '&e;',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#65;',
  '&lt',
  '---',
  '...',
  ': ',
  '- ',
  '? ',
  '&anchor ',
  '*anchor',
  '!!str ',
  '%YAML 1.2',
  '"\\u',
  "''",
  '\\x',
  '1e309',
  '-0',
  '0x1F',
  '.inf',
  '~',
  'null',
  'true',
  '\u{1F600}',
  '\u0301',
  '\u202E',
  'İ',
  'ß',
  '\uD83D',
  '\uDE00',
];

const nastyChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...nasty), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), weight: 1 },
  { arbitrary: fc.constantFrom('a', 'Z', '0', '9', '.', 'F1', 'value'), weight: 2 },
);

/** A short string of random Unicode, hostile characters weighted up. */
export const nastyString: fc.Arbitrary<string> = fc.array(nastyChar, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

const at = fc.nat();

function mutationArbitrary(format: SourceFormat): fc.Arbitrary<Mutation> {
  const classes = classesOf(format);
  const variants: Array<fc.WeightedArbitrary<Mutation>> = [
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip-unit' as const), at, bit: fc.nat({ max: 15 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('flip-byte' as const), at, bit: fc.nat({ max: 7 }) }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('truncate' as const),
        cls: fc.constantFrom<PositionClass | 'anywhere'>('anywhere', ...classes),
        at,
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('inject' as const), cls: fc.constantFrom(...classes), at }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete-element' as const, 'duplicate-element' as const), at }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), at, other: fc.nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('insert' as const, 'replace-value' as const), at, text: nastyString }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('long-value' as const),
        at,
        // A long run of one thing, then something else: where patterns like /0+$/ or /\s+$/ go quadratic.
        prefix: fc.constantFrom('', '1.', '-', ' ', '0.', 'F', '"'),
        unit: fc.oneof(
          fc.constantFrom(
            'a',
            '9',
            '0',
            ' ',
            '\t',
            'x ',
            '\u{1F600}',
            '&amp;',
            '<',
            ': ',
            '- ',
            '\n',
            '\r\n',
            "'",
            '\\',
            '#',
            'a,',
            '<x/>',
            '<value>1</value>',
            '<x>',
            '[',
            '{a: ',
            '- a\n',
            'k: v\n',
          ),
          nastyString,
        ),
        length: fc.integer({ min: 1_000, max: 50_000 }),
        suffix: fc.oneof(fc.constantFrom('', '1', 'x', ' ', '\n', '.5', '0'), nastyString),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('bom' as const),
        at,
        where: fc.constantFrom('start' as const, 'twice' as const, 'anywhere' as const),
      }),
    },
    {
      weight: format === 'yaml' ? 2 : 1,
      arbitrary: fc.record({
        kind: fc.constant('indent' as const),
        at,
        change: fc.constantFrom('deeper' as const, 'shallower' as const, 'tab' as const, 'none' as const),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('line-ends' as const),
        style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const),
      }),
    },
  ];
  return fc.oneof(...variants);
}

/** Plans over `baseCount` documents of one format, with between `min` and `max` mutations each. */
export function planArbitrary(format: SourceFormat, baseCount: number, min: number, max: number): fc.Arbitrary<Plan> {
  return fc.record({
    base: fc.nat({ max: baseCount - 1 }),
    mutations: fc.array(mutationArbitrary(format), { minLength: min, maxLength: max }),
  });
}
