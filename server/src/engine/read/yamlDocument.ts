/**
 * YAML text to the `yaml` package's document, with every problem as a finding on its token. Scalars are read with the
 * failsafe schema, so every value stays a string exactly as written (`0001234567`, `1500.10`, `true`, `~`): the draft
 * reader decides what a value means, YAML's typing never does.
 *
 * The parse runs in two steps so that nesting is measured before anything recursive runs: the `yaml` package's CST
 * parser is iterative, but its composer recurses once per level and overflows the stack near 900 levels (after which
 * V8 may even abort the process). A document nested deeper than the limit is refused with one finding instead.
 */
import { Composer, CST, Lexer, Parser, type Document, type YAMLError } from 'yaml';
import type { Finding } from '../findings';
import { FindingCap } from './limits';
import type { Span } from '../text/span';

/** Nesting the composer handles with a wide margin, whatever limit the settings ask for. */
export const safeCollectionDepth = 500;

export interface ParsedYaml {
  /** The first document, or undefined when the text was refused. */
  readonly document: Document.Parsed | undefined;
  readonly findings: readonly Finding[];
  /** The dashes of every block list, by the list's start offset: see {@link BlockDashes}. */
  readonly blockDashes: BlockDashes;
  /**
   * The text was not parsed because it lexes into more than the reader's budget of lexemes (`maxLexemes`): the caller
   * says why in its own words (read/yaml.ts names where its fast reader stopped). `findings` is empty then.
   */
  readonly overBudget?: true;
}

/**
 * The offset of each item's `-` in a block list (undefined for an item without one), by the offset where the list
 * starts (its node's `range[0]`). Taken from the CST, so that the document need not keep its source tokens: with
 * them the whole CST (about 25 bytes a character of input) stayed alive while the draft's tree was built.
 */
export type BlockDashes = ReadonlyMap<number, ReadonlyArray<number | undefined>>;

const noDashes: BlockDashes = new Map();

/**
 * Parses `text`. `maxCollectionDepth` bounds how deeply mappings and sequences may nest (capped at
 * {@link safeCollectionDepth}); deeper text is refused with an `input/too-deep` finding. Text of more than
 * `maxLexemes` lexemes (in the documents read: see {@link lexemesOfFirstTwoDocuments}) is not parsed at all, and
 * comes back {@link ParsedYaml.overBudget}: the parse holds a token object per lexeme, and with the composed document
 * and the draft's tree beside them a draft peaks at about 300 bytes a lexeme (1.4 GB for 4.5 million).
 */
export function parseYamlText(text: string, maxCollectionDepth: number, maxLexemes = Number.POSITIVE_INFINITY): ParsedYaml {
  const limit = Math.min(maxCollectionDepth, safeCollectionDepth);
  const cst = cstOfFirstTwoDocuments(text, limit, maxLexemes);
  if (!Array.isArray(cst)) return cst;
  const tokens = cst;
  const composer = new Composer({ schema: 'failsafe', prettyErrors: false, uniqueKeys: false });
  const document = withoutStackTraces(() => firstDocument(composer, tokens, text.length));
  const findings = new SyntaxFindings(text, tokens);
  for (const error of document.errors) findings.add(error, 'error');
  for (const warning of document.warnings) findings.add(warning, 'warning');
  // A second document is pointed at once, from its CST token, for it and all after it: composing each later one (a
  // schema and a document apiece) cost seconds for a megabyte of bare `---` lines, and looking the tokens up again per
  // document was quadratic (23 s for 128 KB).
  const second = tokens.filter((t): t is CST.Document => t.type === 'document')[1];
  if (second) {
    findings.push({
      rule: 'yaml/syntax',
      severity: 'error',
      message: 'A draft is a single YAML document; this second one (after `---`) is ignored, and everything after it.',
      span: documentStartSpan(text, second),
    });
  }
  return { document, findings: findings.list(), blockDashes: blockDashesOf(tokens) };
}

/**
 * The CST of the first two documents (see {@link lexemesOfFirstTwoDocuments}), or of the whole text if the cut one
 * does not hold both; the lexemes are dropped on return, before anything is composed.
 */
function cstOfFirstTwoDocuments(text: string, limit: number, maxLexemes: number): CST.Token[] | ParsedYaml {
  const firstTwo = lexemesOfFirstTwoDocuments(text, maxLexemes);
  if (firstTwo.over) return overBudget(text, firstTwo.lexemes, limit);
  const cst = tokensOf(text, firstTwo.lexemes, limit);
  if (firstTwo.cut && Array.isArray(cst) && cst.filter((t) => t.type === 'document').length < 2) {
    const all = lexemesWithin(new Lexer().lex(text), maxLexemes);
    return all.over ? overBudget(text, all.lexemes, limit) : tokensOf(text, all.lexemes, limit);
  }
  return cst;
}

/**
 * Text over the budget of lexemes: refused unparsed, as nested too deeply if the lexemes within the budget already
 * show it (the more precise finding), otherwise as {@link ParsedYaml.overBudget}.
 */
function overBudget(text: string, lexemes: readonly string[], limit: number): ParsedYaml {
  const bound = nestingBound(lexemes, 2 * limit + 2);
  if (bound.depth > 2 * limit + 2) return tooDeepText(text, bound.offset, limit);
  return { document: undefined, findings: [], blockDashes: noDashes, overBudget: true };
}

interface Lexed {
  readonly lexemes: string[];
  /** More than the budget: lexing stopped there, and `lexemes` holds one more than it. */
  readonly over: boolean;
}

/** The lexemes, lexed only until there are more than `maxLexemes`. */
function lexemesWithin(lexer: Iterable<string>, maxLexemes: number): Lexed {
  const lexemes: string[] = [];
  for (const lexeme of lexer) if (lexemes.push(lexeme) > maxLexemes) return { lexemes, over: true };
  return { lexemes, over: false };
}

/**
 * The CST of lexed text, or the refusal of text nested too deeply. The parser itself recurses once per level it closes
 * at once (`key: : : : ...` on one line, then a dedent): the nesting the lexemes allow is bounded first, and text that
 * could nest far past the limit is never parsed.
 */
function tokensOf(text: string, lexemes: readonly string[], limit: number): CST.Token[] | ParsedYaml {
  const bound = nestingBound(lexemes, 2 * limit + 2);
  if (bound.depth > 2 * limit + 2) return tooDeepText(text, bound.offset, limit);
  const tokens = parseLexemes(lexemes);
  if (!tokens) return tooDeepText(text, bound.offset, limit);
  const tooDeep = firstTooDeep(tokens, limit);
  if (tooDeep !== undefined) return tooDeepText(text, tooDeep, limit);
  return tokens;
}

/**
 * Runs `compose` with stack traces off. The composer builds a YAMLError (an Error) for every problem, and capturing a
 * stack for each is nearly all of its time on garbage: about 7 µs an error, a second for a line of 100,000 stray
 * quotes. Nothing reads those stacks; the limit is restored before returning, whatever happens.
 */
function withoutStackTraces<T>(compose: () => T): T {
  const limit = v8Error.stackTraceLimit;
  v8Error.stackTraceLimit = 0;
  try {
    return compose();
  } finally {
    v8Error.stackTraceLimit = limit;
  }
}

/** `stackTraceLimit` is V8's, not the language's: elsewhere setting it is a harmless no-op, so it is typed optional. */
const v8Error: ErrorConstructor & { stackTraceLimit?: number } = Error;

function tooDeepText(text: string, offset: number, limit: number): ParsedYaml {
  return {
    document: undefined,
    blockDashes: noDashes,
    findings: [
      {
        rule: 'input/too-deep',
        severity: 'error',
        message: `Mappings and lists are nested more than ${limit} levels deep here; the draft was not read.`,
        span: widen(text, { start: offset, end: offset }),
      },
    ],
  };
}

/**
 * The lexemes of the text up to where a third document begins: the first document is the draft, the second only needs
 * pointing at, and lexing and parsing the rest cost about a second a megabyte of bare `---` lines for nothing. The
 * parser begins a document at a `doc-mode` lexeme (content in the stream) and at a `doc-start` (`---`) unless the
 * document open has nothing in it yet (then the `---` is its own); a scalar's source (the lexeme after its marker) is
 * never read as a marker. `cut` says the text went on: the caller checks that the parse holds both documents (the
 * first complete) and lexes the whole text if not, so a miscount can only cost time. Lexing stops past `maxLexemes`.
 */
function lexemesOfFirstTwoDocuments(text: string, maxLexemes: number): Lexed & { readonly cut: boolean } {
  const lexemes: string[] = [];
  let begun = 0;
  let open = false;
  let filled = false;
  let previous: string | null = null;
  for (const lexeme of new Lexer().lex(text)) {
    const type: string | null = previous === 'scalar' ? 'scalar source' : CST.tokenType(lexeme);
    previous = type;
    let begins = false;
    if (type === 'doc-mode') {
      begins = true;
      filled = false;
    } else if (type === 'doc-start') {
      begins = !open || filled;
      filled = true;
    } else if (type === 'doc-end') open = false;
    else if (type !== null && fillsDocument.has(type)) filled = true;
    if (begins) {
      open = true;
      if (++begun > 2) return { lexemes, cut: true, over: false };
    }
    if (lexemes.push(lexeme) > maxLexemes) return { lexemes, cut: true, over: true };
  }
  return { lexemes, cut: false, over: false };
}

/** Lexemes that give a document content (or properties), after which a `---` begins the next one. */
const fillsDocument = new Set<string>([
  'scalar',
  'alias',
  'anchor',
  'tag',
  'block-scalar-header',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'explicit-key-ind',
  'map-value-ind',
]);

/** The CST of already lexed text; undefined if the parser ran out of stack all the same (a last resort). */
function parseLexemes(lexemes: readonly string[]): CST.Token[] | undefined {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  try {
    for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
    for (const token of parser.end()) tokens.push(token);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  return tokens;
}

/**
 * An upper bound of the collection nesting lexed text can produce, and the offset where it peaks, or where it first
 * passes `stopAbove`. A line nests at most two collections (a mapping and a list) per enclosing line of strictly
 * smaller indentation, one more per indicator (`-`, `?`, `:`) on the line itself, and one per open flow bracket.
 * Real drafts stay near 20.
 */
function nestingBound(lexemes: readonly string[], stopAbove: number): { depth: number; offset: number } {
  const indents: number[] = [];
  let flowDepth = 0;
  let onLine = 0;
  let lineStart = true;
  let offset = 0;
  let max = { depth: 0, offset: 0 };
  for (let i = 0; i < lexemes.length; offset += lexemes[i]!.length, i++) {
    const lexeme = lexemes[i]!;
    const type = CST.tokenType(lexeme);
    if (type === 'newline' || type === 'doc-start' || type === 'doc-end') {
      onLine = 0;
      lineStart = true;
      if (type !== 'newline') indents.length = 0;
      continue;
    }
    if (type === 'space' && lineStart) continue;
    if (lineStart && flowDepth === 0) {
      const previous = lexemes[i - 1];
      const indent = previous !== undefined && CST.tokenType(previous) === 'space' ? previous.length : 0;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    lineStart = false;
    if (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind') onLine++;
    else if (type === 'flow-map-start' || type === 'flow-seq-start') flowDepth++;
    else if ((type === 'flow-map-end' || type === 'flow-seq-end') && flowDepth > 0) flowDepth--;
    else if (type === 'scalar') {
      // The scalar's source follows its marker as the next lexeme.
      offset += lexeme.length;
      i++;
      if (i >= lexemes.length) break;
    }
    const depth = 2 * indents.length + onLine + flowDepth;
    if (depth > max.depth) max = { depth, offset };
    if (depth > stopAbove) break;
  }
  return max;
}

/** The offset of the first collection nested deeper than `limit`, found without recursion. */
function firstTooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((t): [CST.Token, number] => [t, 0]).reverse();
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    const inner = children(token);
    if (inner === undefined) continue;
    const innerDepth = isCollection(token) ? depth + 1 : depth;
    if (innerDepth > limit) return token.offset;
    for (let i = inner.length - 1; i >= 0; i--) stack.push([inner[i]!, innerDepth]);
  }
  return undefined;
}

function isCollection(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/** The tokens nested in a document or collection token; undefined for a leaf. */
function children(token: CST.Token): CST.Token[] | undefined {
  switch (token.type) {
    case 'document':
      return token.value ? [token.value] : [];
    case 'block-map':
    case 'flow-collection':
      return token.items.flatMap((item) => [item.key, item.value].filter((t): t is CST.Token => t !== undefined && t !== null));
    case 'block-seq':
      return token.items.flatMap((item) => (item.value ? [item.value] : []));
    default:
      return undefined;
  }
}

/**
 * The first document of the tokens, composed with every problem that belongs to it, and nothing after it composed: the
 * composer hands a document over when the next one begins (whose own problems are already its), or at the end. Text
 * with no document at all gives an empty one, as `compose(tokens, true)` does.
 */
function firstDocument(composer: Composer, tokens: readonly CST.Token[], endOffset: number): Document.Parsed {
  for (const token of tokens) for (const document of composer.next(token)) return document;
  for (const document of composer.end(true, endOffset)) return document;
  throw new Error('The YAML composer gave no document at the end of the text.');
}

/** The `---` that opens a document, or its first character (a document after `...` may have no marker). */
function documentStartSpan(text: string, token: CST.Document): Span {
  const marker = token.start.find((t) => t.type === 'doc-start');
  if (marker) return { start: marker.offset, end: marker.offset + marker.source.length };
  return widen(text, { start: token.offset, end: token.offset });
}

/** The syntax findings, capped as they come (`maxFindingsPerRule`), so a garbage file cannot flood memory. */
class SyntaxFindings {
  private readonly listed: Finding[] = [];
  private readonly cap = new FindingCap();
  private quoted: Span[] | undefined;
  constructor(
    private readonly text: string,
    private readonly tokens: readonly CST.Token[],
  ) {}

  add(error: YAMLError, severity: 'error' | 'warning'): void {
    const [start, end] = error.pos;
    const unclosed =
      error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
        ? unclosedQuote((this.quoted ??= quotedScalars(this.tokens)), start)
        : undefined;
    const span = firstLine(this.text, widen(this.text, unclosed ?? { start, end }));
    this.push({ rule: 'yaml/syntax', severity, message: unclosed ? 'This quoted value has no closing quote.' : messageOf(error), span });
  }

  push(finding: Finding): void {
    if (this.cap.admit(finding)) this.listed.push(finding);
  }

  list(): Finding[] {
    return [...this.listed, ...this.cap.summaries()];
  }
}

/**
 * The spans of all quoted scalars, in document order: collected once per text, since walking the tree again for each
 * unclosed quote was quadratic (a draft of 1,400 stray quotes took a second).
 */
function quotedScalars(tokens: readonly CST.Token[]): Span[] {
  const spans: Span[] = [];
  const stack = [...tokens].reverse();
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar')
      spans.push({ start: token.offset, end: token.offset + token.source.length });
    const inner = children(token) ?? [];
    for (let i = inner.length - 1; i >= 0; i--) stack.push(inner[i]!);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The dashes of every block list in the tokens, walked without recursion. */
function blockDashesOf(tokens: readonly CST.Token[]): BlockDashes {
  const dashes = new Map<number, Array<number | undefined>>();
  const stack = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'block-seq')
      dashes.set(
        token.offset,
        token.items.map((i) => i.start.find((t) => t.type === 'seq-item-ind')?.offset),
      );
    for (const inner of children(token) ?? []) stack.push(inner);
  }
  return dashes;
}

/**
 * The quoted scalar left open where the parser reached `offset` (YAML reports the missing quote at the end of the
 * text, far from the mistake): from its opening quote.
 */
function unclosedQuote(quoted: readonly Span[], offset: number): Span | undefined {
  // The last scalar starting at or before `offset` is the only one that can hold it: scalars do not overlap.
  let low = 0;
  let high = quoted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (quoted[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const span = quoted[found];
  return span && offset <= span.end ? { start: span.start, end: span.end } : undefined;
}

/** A span cut at its first line break, so a finding underlines one line (unless it starts on a line break). */
export function firstLine(text: string, span: Span): Span {
  const lineBreak = text.slice(span.start, span.end).search(/[\r\n]/);
  return lineBreak > 0 ? { start: span.start, end: span.start + lineBreak } : span;
}

/** The `yaml` package's message, in our words where its own would puzzle a draft's author. */
function messageOf(error: YAMLError): string {
  switch (error.code) {
    case 'TAG_RESOLVE_FAILED':
      return 'Drafts do not use YAML tags: the value is read as written, the tag is ignored.';
    case 'TAB_AS_INDENT':
      return 'Tabs are not allowed as indentation in YAML: indent with spaces.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key must fit on one line, followed by a colon (`key: value`). Is a colon or a quote missing above?';
    default: {
      // Cut at the position suffix found in one pass, then trim: /\s+at line.../ rescans every run of spaces from each
      // of its characters, quadratic on a message quoting a long blank line.
      const suffix = error.message.search(/\sat line \d+, column \d+/);
      const message = (suffix < 0 ? error.message : error.message.slice(0, suffix)).trimEnd();
      return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
    }
  }
}

/**
 * An empty range made one character wide where there is a character to show (not past the end, not a line break),
 * so editors underline something visible; ranges are clamped to the text.
 */
export function widen(text: string, span: Span): Span {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  if (end > start) return { start, end };
  const next = text.charCodeAt(start);
  return start < text.length && next !== 0x0a && next !== 0x0d ? { start, end: start + 1 } : { start, end };
}
