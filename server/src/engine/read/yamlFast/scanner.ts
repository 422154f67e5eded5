/**
 * The fast reader's scanner: the YAML that drafts are written in, read line by line into a few plain nodes
 * (./nodes.ts) with the offsets the general reader would give them.
 *
 * The subset: one document (an optional `---` first, an optional `...` last), a block mapping at the top; block
 * mappings and lists by indentation, compact items (`- key: value`, `- - x`), a list under a key at the key's own
 * indentation; one-line flow collections (`[F1, F2]`, `{value: 1.5, footnotes: [F1]}`); plain scalars (continued on
 * more indented lines), single- and double-quoted scalars (on several lines, with escapes), block scalars; comments
 * and blank lines anywhere; a byte-order mark; CRLF line breaks. Anything else (anchors, aliases, tags, `?` keys,
 * directives, tabs in indentation, multi-line flow collections, a second document, every syntax error) throws
 * {@link NotFast} so the general reader takes over.
 *
 * Spans follow the `yaml` package's, which decide what the draft reader underlines: a block collection ends where
 * its last value ends, and YAML counts comment lines after a value as part of it in two cases, both replicated here
 * (see {@link Scanner.attachComments} and {@link Scanner.closeCollection}).
 *
 * Nesting is bounded: the scanner recurses once per collection, and gives up well before the depth the general
 * reader refuses as too deep, so that both readers agree on every text the fast one accepts.
 */
import { blockScalar } from './blockScalar';
import { doubleQuoted, singleQuoted, unfoldLines } from './flowScalars';
import {
  scalarNode,
  type FastMap,
  type FastNode,
  type FastPair,
  type FastScalar,
  type FastSeq,
  type ItemSink,
  type SinkForKey,
} from './nodes';
import { NotFast, notFast } from './notFast';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;
const DOUBLE = 0x22;
const SINGLE = 0x27;
const OPEN_SEQ = 0x5b;
const CLOSE_SEQ = 0x5d;
const OPEN_MAP = 0x7b;
const CLOSE_MAP = 0x7d;
const COMMA = 0x2c;
const BOM = 0xfeff;

/** Characters a plain scalar may not start with here: YAML indicators (a `-` followed by text is allowed). */
const indicatorStarts = new Set([...'-?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));
const flowIndicators = new Set([COMMA, OPEN_SEQ, CLOSE_SEQ, OPEN_MAP, CLOSE_MAP]);

/** A comment on a line of its own: where it stands and its indentation. */
interface Comment {
  readonly end: number;
  readonly indent: number;
}

/** A value and its tail: where YAML's own range for it ends (trailing comments included), before trimming. */
interface Valued<T extends FastNode = FastNode> {
  readonly node: T;
  readonly tail: number;
}

/**
 * Reads `text` as a draft's top-level mapping. `nestingBudget` bounds nesting as the general reader estimates it
 * (read/yamlDocument.ts `nestingBound`), so that text it would refuse never gets through here. A block list under a
 * top-level key goes item by item to the sink `sinkFor` gives for that key, if it gives one (the list is then
 * `streamed`).
 */
export function scanDraft(text: string, nestingBudget: number, commentStarts: number[] = [], sinkFor?: SinkForKey): FastMap {
  const scanner = new Scanner(text, nestingBudget, commentStarts, sinkFor);
  try {
    return scanner.document();
  } catch (error) {
    // Most checks say what they met, not where: it is where the scan stood.
    if (error instanceof NotFast && error.at === undefined) throw new NotFast(error.reason, scanner.position);
    throw error;
  }
}

/** What a value starting with the indicator `c` is, for the reason the fast reader gives up there. */
function indicatorMet(c: number, what: string): string {
  const named: Record<string, string> = { '&': 'an anchor', '*': 'an alias', '!': 'a tag', '?': 'an explicit key (`?`)' };
  return named[String.fromCharCode(c)] ?? `${what} starting with the YAML indicator \`${String.fromCharCode(c)}\``;
}

class Scanner {
  private pos = 0;
  /** Where the scan stands (for where it gave up). */
  get position(): number {
    return this.pos;
  }
  // The current line.
  private lineStart = 0;
  /** The offset of the line's LF, or the text's length. */
  private lineEnd = 0;
  /** The line's end without its CR LF. */
  private contentEnd = 0;
  private indent = 0;
  private atEnd = false;
  /** The current line is `---` or `...` at column 0. */
  private atMarker = false;
  /** Comments read since the last value that neither it nor an enclosing collection has claimed yet. */
  private pending: Comment[] = [];
  // What the general reader's nesting estimate counts: the indentations of enclosing lines, the indicators on the
  // current line, open flow collections.
  private readonly indents: number[] = [];
  private indicators = 0;
  private flowDepth = 0;

  constructor(
    private readonly text: string,
    private readonly nestingBudget: number,
    /** Where each comment's `#` is, pushed as the scan meets them (read/yamlComments.ts places them in the tree). */
    private readonly commentStarts: number[],
    private readonly sinkFor?: SinkForKey,
  ) {
    // Characters the YAML lexer treats specially wherever they stand, and line breaks it does not count.
    const special = /[\x00-\x08\x0b\x0c\x0e-\x1f]|\r(?!\n)|(?!^)\ufeff/.exec(text);
    if (special) notFast('a control character, a lone CR or a byte-order mark inside', special.index);
  }

  // ---- the document --------------------------------------------------------------------------------------------

  document(): FastMap {
    const text = this.text;
    this.load(text.charCodeAt(0) === BOM ? 1 : 0);
    let sawStart = false;
    for (;;) {
      if (this.atEnd) notFast('a document with no mapping');
      if (this.isBlank()) {
        this.load(this.lineEnd + 1);
        continue;
      }
      const first = text.charCodeAt(this.pos);
      if (first === HASH) {
        this.commentStarts.push(this.pos);
        this.track();
        this.load(this.lineEnd + 1);
        continue;
      }
      if (this.indent === 0 && first === 0x25) notFast('a directive');
      if (this.atMarker) {
        if (sawStart || text.charCodeAt(this.pos) === DOT) notFast('a document marker before the mapping');
        sawStart = true;
        this.indents.length = 0;
        this.pos += 3;
        this.lineRest(true);
        this.load(this.lineEnd + 1);
        continue;
      }
      break;
    }
    this.track();
    const column = this.indent;
    const key = this.key();
    if (!key) notFast('a document that is not a mapping');
    const root = this.blockMap(column, 1, key).node;
    if (this.atMarker) {
      if (this.text.charCodeAt(this.pos) !== DOT) notFast('a second document');
      this.pos += 3;
      this.lineRest(false);
      if (/[^ \t\r\n]/.test(text.slice(this.lineEnd))) notFast('text after the end of the document');
    } else if (!this.atEnd) {
      notFast('a line indented less than the top-level mapping');
    }
    return root;
  }

  // ---- lines ---------------------------------------------------------------------------------------------------

  /** Makes the line starting at `start` current, positioned at its first non-space character. */
  private load(start: number): void {
    const text = this.text;
    if (start >= text.length) {
      this.atEnd = true;
      this.atMarker = false;
      this.lineStart = this.lineEnd = this.contentEnd = this.pos = text.length;
      this.indent = 0;
      return;
    }
    this.lineStart = start;
    const nl = text.indexOf('\n', start);
    this.lineEnd = nl === -1 ? text.length : nl;
    this.contentEnd = this.lineEnd > start && text.charCodeAt(this.lineEnd - 1) === CR ? this.lineEnd - 1 : this.lineEnd;
    let i = start;
    while (i < this.contentEnd && text.charCodeAt(i) === SPACE) i++;
    if (i < this.contentEnd && text.charCodeAt(i) === TAB) notFast('a tab in indentation');
    this.pos = i;
    this.indent = i - start;
    this.atMarker = this.indent === 0 && this.isMarker(i);
  }

  private isMarker(at: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c !== DASH && c !== DOT) return false;
    if (text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return false;
    const after = at + 3;
    return after >= this.contentEnd || text.charCodeAt(after) === SPACE || text.charCodeAt(after) === TAB;
  }

  private isBlank(): boolean {
    return this.pos >= this.contentEnd;
  }

  /**
   * Moves to the next line holding content, past blank lines and comment lines (kept in {@link pending}), and stops
   * at the end of the text or at a document marker.
   */
  private nextContentLine(): void {
    this.nextContentLineFrom(this.lineEnd + 1);
  }

  private nextContentLineFrom(start: number): void {
    this.load(start);
    while (!this.atEnd) {
      if (this.isBlank()) {
        this.load(this.lineEnd + 1);
        continue;
      }
      if (this.text.charCodeAt(this.pos) !== HASH) break;
      this.track();
      this.commentStarts.push(this.pos);
      this.pending.push({ end: this.trimmedEnd(this.pos, this.contentEnd), indent: this.indent });
      this.load(this.lineEnd + 1);
    }
    if (!this.atEnd) this.track();
  }

  /** Counts a line that starts with a token into the nesting estimate. */
  private track(): void {
    const indents = this.indents;
    while (indents.length > 0 && indents[indents.length - 1]! >= this.indent) indents.pop();
    indents.push(this.indent);
    this.indicators = 0;
    this.checkNesting();
  }

  private indicator(): void {
    this.indicators++;
    this.checkNesting();
  }

  private checkNesting(): void {
    if (2 * this.indents.length + this.indicators + this.flowDepth > this.nestingBudget) notFast('nesting near the limit');
  }

  /** After a token on the current line: spaces, then the line's end or a comment (returning its end, else -1). */
  private lineRest(allowComment: boolean): number {
    const text = this.text;
    const start = this.pos;
    while (this.pos < this.contentEnd && text.charCodeAt(this.pos) === SPACE) this.pos++;
    if (this.pos >= this.contentEnd) return -1;
    if (allowComment && text.charCodeAt(this.pos) === HASH && this.pos > start) {
      this.commentStarts.push(this.pos);
      return this.trimmedEnd(this.pos, this.contentEnd);
    }
    return notFast('more on the line after a value');
  }

  private skipSpaces(): void {
    const text = this.text;
    while (this.pos < this.contentEnd && text.charCodeAt(this.pos) === SPACE) this.pos++;
    if (this.pos < this.contentEnd && text.charCodeAt(this.pos) === TAB) notFast('a tab between tokens');
  }

  private trimmedEnd(start: number, end: number): number {
    const text = this.text;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    return end;
  }

  private column(offset: number): number {
    return offset - this.lineStart;
  }

  private isDash(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 >= this.contentEnd || this.text.charCodeAt(at + 1) === SPACE);
  }

  // ---- block collections -----------------------------------------------------------------------------------------

  /**
   * A block mapping whose keys stand at `column`; its first key has been read (`first`, the position just after its
   * colon). Returns with the scanner on the first line that is not part of it.
   */
  private blockMap(column: number, depth: number, first: FastScalar): Valued<FastMap> {
    this.enter(depth);
    const pairs: FastPair[] = [];
    let key = first;
    let tail: number;
    for (;;) {
      // Only the top-level mapping's lists are streamed: that is where a draft's rows are.
      const value = this.value(column, false, depth, depth === 1 ? this.sinkFor?.(key) : undefined);
      pairs.push({ key, value: value.node });
      tail = value.tail;
      if (this.atEnd || this.atMarker || this.indent < column) break;
      if (this.indent > column) notFast('a line indented more than the mapping after a value');
      if (this.isDash(this.pos)) notFast('a list item among mapping keys');
      this.clearPending();
      const next = this.key();
      if (!next) notFast('a line in a mapping that is not `key: value`');
      key = next;
    }
    const map: FastMap = { kind: 'map', flow: false, pairs, start: first.start, end: this.trimmedEnd(first.start, tail) };
    return { node: map, tail: this.closeCollection(column, tail, false) };
  }

  /** A block list whose dashes stand at `column`; the scanner is on its first dash. Its items go to `sink`, if given. */
  private blockSeq(column: number, depth: number, sink?: ItemSink): Valued<FastSeq> {
    this.enter(depth);
    const items: FastNode[] = [];
    const dashes: number[] = [];
    const start = this.pos;
    let tail: number;
    for (;;) {
      const dash = this.pos;
      this.pos++;
      this.indicator();
      const value = this.value(column, true, depth);
      if (sink) {
        sink(value.node, dash);
      } else {
        dashes.push(dash);
        items.push(value.node);
      }
      tail = value.tail;
      if (this.atEnd || this.atMarker || this.indent < column) break;
      if (this.indent > column) notFast('a line indented more than the list after an item');
      if (!this.isDash(this.pos)) break;
      this.clearPending();
    }
    const end = this.trimmedEnd(start, tail);
    const seq: FastSeq = sink
      ? { kind: 'seq', flow: false, items, dashes, start, end, streamed: true }
      : { kind: 'seq', flow: false, items, dashes, start, end };
    return { node: seq, tail: this.closeCollection(column, tail, true) };
  }

  /**
   * The comments after a collection's last value that YAML keeps with the collection when it closes: the whole group
   * stays if one of them is indented at least as far as the collection (unless that is column 0), and is otherwise
   * handed on to the enclosing collection. A list keeping comments would change how the general reader locates its
   * items, so that case is left to it.
   */
  private closeCollection(column: number, tail: number, isList: boolean): number {
    const pending = this.pending;
    if (pending.length === 0 || column === 0 || !pending.some((c) => c.indent >= column)) return tail;
    if (isList) notFast('comments kept by a list after its last item');
    this.pending = [];
    return pending[pending.length - 1]!.end;
  }

  /**
   * Comments right after a one-line value (a scalar or flow collection), indented more than the collection that
   * holds it, belong to the value in YAML: its range runs on to the last of them.
   */
  private attachComments(tail: number, column: number): number {
    const pending = this.pending;
    let attached = 0;
    while (attached < pending.length && pending[attached]!.indent > column) attached++;
    if (attached === 0) return tail;
    const end = pending[attached - 1]!.end;
    this.pending = pending.slice(attached);
    return end;
  }

  /** Comments before a collection's next item or a nested value belong to neither: no range includes them. */
  private clearPending(): void {
    if (this.pending.length > 0) this.pending = [];
  }

  private enter(depth: number): void {
    if (depth > this.nestingBudget) notFast('nesting near the limit');
  }

  // ---- values --------------------------------------------------------------------------------------------------

  /**
   * The value after a key's colon or a list item's dash (the scanner just past it), in a collection at `column`.
   * Returns with the scanner on the next content line.
   */
  private value(column: number, inList: boolean, depth: number, sink?: ItemSink): Valued {
    // The indicator is followed by a space or the line's end (see `key` and `isDash`).
    this.skipSpaces();
    return this.valueAfterSpace(column, inList, depth, sink);
  }

  /** `sink` takes the items if the value is a block list on the lines below (see {@link scanDraft}). */
  private valueAfterSpace(column: number, inList: boolean, depth: number, sink?: ItemSink): Valued {
    const text = this.text;
    const at = this.pos;
    if (at < this.contentEnd && text.charCodeAt(at) === HASH) this.commentStarts.push(at);
    if (at >= this.contentEnd || text.charCodeAt(at) === HASH) return this.valueBelow(column, inList, depth, sink);
    const c = text.charCodeAt(at);
    if (c === 0x7c || c === 0x3e) {
      // '|' or '>'
      let headerComment = at;
      while (headerComment < this.contentEnd && text.charCodeAt(headerComment) !== HASH) headerComment++;
      const block = blockScalar(text, at, this.contentEnd, column);
      if (headerComment < this.contentEnd) this.commentStarts.push(headerComment);
      this.nextContentLineFrom(block.next);
      return { node: scalarNode(block.value, at, block.end), tail: block.end };
    }
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      const flow = this.flowCollection(depth + 1);
      const comment = this.lineRest(true);
      this.nextContentLine();
      return { node: flow, tail: this.attachComments(Math.max(flow.end, comment), column) };
    }
    if (inList && this.isDash(at)) return this.blockSeq(this.column(at), depth + 1);
    if (inList) {
      const key = this.key();
      if (key) return this.blockMap(this.column(at), depth + 1, key);
    }
    if (c === DOUBLE || c === SINGLE) {
      const minIndent = column + 1;
      const quoted = c === DOUBLE ? doubleQuoted(text, at, minIndent, true) : singleQuoted(text, at, minIndent, true);
      this.moveTo(quoted.end);
      const comment = this.lineRest(true);
      this.nextContentLine();
      const node = scalarNode(quoted.value, at, quoted.end);
      return { node, tail: this.attachComments(Math.max(quoted.end, comment), column) };
    }
    return this.plainValue(column);
  }

  /** Nothing after the indicator on its line: the value is a collection on the lines below, or empty. */
  private valueBelow(column: number, inList: boolean, depth: number, sink?: ItemSink): Valued {
    const position = this.pos; // YAML puts an empty value here, after the indicator and its spaces
    let commentEnd = this.pos < this.contentEnd ? this.trimmedEnd(this.pos, this.contentEnd) : -1;
    this.nextContentLine();
    const nested = !this.atEnd && !this.atMarker && (this.indent > column || (!inList && this.indent === column && this.isDash(this.pos)));
    if (nested) {
      this.clearPending();
      if (this.isDash(this.pos)) return this.blockSeq(this.indent, depth + 1, sink);
      const key = this.key();
      if (!key) notFast('a value on the line below its key');
      return this.blockMap(this.indent, depth + 1, key);
    }
    // An empty value: every comment up to the next content belongs to it.
    if (this.pending.length > 0) commentEnd = this.pending[this.pending.length - 1]!.end;
    this.clearPending();
    return { node: scalarNode('', position, position, true), tail: commentEnd >= 0 ? commentEnd : position };
  }

  /** The scanner to `offset`, which may be on a later line (after a multi-line scalar). */
  private moveTo(offset: number): void {
    if (offset > this.lineEnd) {
      const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
      this.load(lineStart);
    }
    this.pos = offset;
  }

  /**
   * A plain scalar in block context: to the end of the line or a comment, continued on following lines indented
   * more than `column` (folded).
   */
  private plainValue(column: number): Valued {
    const text = this.text;
    const start = this.pos;
    this.checkPlainStart(start);
    let end = this.plainLineEnd(start);
    if (end < 0) notFast('`key: value` where a value was expected');
    if (this.hasCommentAfter(end)) {
      this.commentStarts.push(this.text.indexOf('#', end));
      const comment = this.trimmedEnd(end, this.contentEnd);
      this.nextContentLine();
      return { node: scalarNode(text.slice(start, end), start, end), tail: this.attachComments(comment, column) };
    }
    // Continuation lines: indented more than the collection, not comments.
    let lastLineEnd = this.lineEnd;
    let multiLine = false;
    for (;;) {
      this.load(this.lineEnd + 1);
      while (!this.atEnd && this.isBlank()) this.load(this.lineEnd + 1);
      if (this.atEnd || this.indent <= column || text.charCodeAt(this.pos) === HASH) break;
      this.checkPlainStart(this.pos);
      const lineEnd = this.plainLineEnd(this.pos);
      if (lineEnd < 0 || this.hasCommentAfter(lineEnd)) notFast('a continuation line with a key or a comment');
      end = lineEnd;
      lastLineEnd = this.lineEnd;
      multiLine = true;
    }
    // Back to the line after the scalar, this time reading comments and counting lines.
    this.nextContentLineFrom(lastLineEnd + 1);
    const source = text.slice(start, end);
    const node = scalarNode(multiLine ? unfoldLines(source) : source, start, end);
    return { node, tail: this.attachComments(end, column) };
  }

  private checkPlainStart(at: number): void {
    const c = this.text.charCodeAt(at);
    if (indicatorStarts.has(c)) {
      const next = this.text.charCodeAt(at + 1);
      if (!(c === DASH && at + 1 < this.contentEnd && next !== SPACE && next !== DASH)) notFast(indicatorMet(c, 'a value'), at);
    }
  }

  /**
   * The end of a plain scalar starting at `start` on the current line (its last non-space character + 1), stopping at
   * a comment; -1 when it is a key instead (`: ` or a final `:`).
   */
  private plainLineEnd(start: number): number {
    const text = this.text;
    const contentEnd = this.contentEnd;
    let end = start;
    for (let i = start; i < contentEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        if (text.charCodeAt(i + 1) === HASH) break;
        continue;
      }
      if (c === TAB) notFast('a tab in a plain scalar');
      if (c === COLON && (i + 1 >= contentEnd || text.charCodeAt(i + 1) === SPACE)) return -1;
      end = i + 1;
    }
    return end;
  }

  /** Whether a comment follows the plain scalar ending at `end` on the current line. */
  private hasCommentAfter(end: number): boolean {
    let i = end;
    while (i < this.contentEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i < this.contentEnd;
  }

  // ---- keys ----------------------------------------------------------------------------------------------------

  /**
   * The key at the scanner's position, if the line holds `key:` there (a plain key, or a quoted one on one line),
   * leaving the scanner just past the colon; undefined, with the scanner unmoved, if it does not.
   */
  private key(): FastScalar | undefined {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    let key: FastScalar;
    let colon: number;
    if (c === DOUBLE || c === SINGLE) {
      // Parsed as if it could run on (a quoted value in a list may); a key must end on its line.
      const quoted = c === DOUBLE ? doubleQuoted(text, start, 0, true) : singleQuoted(text, start, 0, true);
      if (quoted.end > this.contentEnd) return undefined;
      colon = quoted.end;
      while (colon < this.contentEnd && text.charCodeAt(colon) === SPACE) colon++;
      if (text.charCodeAt(colon) !== COLON || colon >= this.contentEnd) return undefined;
      key = scalarNode(quoted.value, start, quoted.end);
    } else {
      if (indicatorStarts.has(c)) return undefined;
      colon = -1;
      let end = start;
      for (let i = start; i < this.contentEnd; i++) {
        const ch = text.charCodeAt(i);
        if (ch === SPACE) {
          if (text.charCodeAt(i + 1) === HASH) return undefined;
          continue;
        }
        if (ch === TAB) notFast('a tab in a key');
        if (ch === COLON && (i + 1 >= this.contentEnd || text.charCodeAt(i + 1) === SPACE)) {
          colon = i;
          break;
        }
        end = i + 1;
      }
      if (colon < 0) return undefined;
      key = scalarNode(text.slice(start, end), start, end);
    }
    // YAML limits an implicit key to 1024 characters before its colon.
    if (colon - start > 1000) notFast('a very long key');
    if (colon + 1 < this.contentEnd && text.charCodeAt(colon + 1) !== SPACE) notFast('no space after a key');
    this.pos = colon + 1;
    this.indicator();
    return key;
  }

  // ---- flow collections ----------------------------------------------------------------------------------------

  /** `[...]` or `{...}` on the current line, the scanner on its opening bracket. */
  private flowCollection(depth: number): FastMap | FastSeq {
    this.enter(depth);
    const text = this.text;
    const start = this.pos;
    const isMap = text.charCodeAt(start) === OPEN_MAP;
    const close = isMap ? CLOSE_MAP : CLOSE_SEQ;
    this.flowDepth++;
    this.checkNesting();
    this.pos++;
    this.flowSpaces();
    const pairs: FastPair[] = [];
    const items: FastNode[] = [];
    if (text.charCodeAt(this.pos) !== close) {
      for (;;) {
        if (isMap) {
          const key = this.flowScalar(true);
          if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE)
            notFast('a flow mapping entry that is not `key: value`');
          this.pos += 2;
          this.indicator();
          this.flowSpaces();
          pairs.push({ key, value: this.flowValue(depth) });
        } else {
          items.push(this.flowValue(depth));
          if (text.charCodeAt(this.pos) === COLON) notFast('a pair in a flow list');
        }
        this.flowSpaces();
        const c = text.charCodeAt(this.pos);
        if (c === close) break;
        if (c !== COMMA) notFast('a flow collection not closed on its line');
        this.pos++;
        this.flowSpaces();
        if (text.charCodeAt(this.pos) === close) notFast('a trailing comma in a flow collection');
      }
    }
    this.pos++;
    this.flowDepth--;
    const end = this.pos;
    return isMap ? { kind: 'map', flow: true, pairs, start, end } : { kind: 'seq', flow: true, items, dashes: [], start, end };
  }

  private flowSpaces(): void {
    const text = this.text;
    while (this.pos < this.contentEnd && text.charCodeAt(this.pos) === SPACE) this.pos++;
    if (this.pos >= this.contentEnd) notFast('a flow collection on several lines');
    if (text.charCodeAt(this.pos) === TAB) notFast('a tab in a flow collection');
  }

  private flowValue(depth: number): FastNode {
    const c = this.text.charCodeAt(this.pos);
    if (c === OPEN_SEQ || c === OPEN_MAP) return this.flowCollection(depth + 1);
    return this.flowScalar(false);
  }

  /** A scalar inside a flow collection: quoted on one line, or plain up to `,`, a bracket or (for a key) `:`. */
  private flowScalar(isKey: boolean): FastScalar {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start);
    if (c === DOUBLE || c === SINGLE) {
      const quoted = c === DOUBLE ? doubleQuoted(text, start, 0, false) : singleQuoted(text, start, 0, false);
      this.pos = quoted.end;
      this.flowSpaces();
      return scalarNode(quoted.value, start, quoted.end);
    }
    if (indicatorStarts.has(c)) {
      const next = text.charCodeAt(start + 1);
      if (!(c === DASH && next !== SPACE && next !== DASH && !flowIndicators.has(next))) notFast(indicatorMet(c, 'a flow value'), start);
    }
    let end = start;
    let i = start;
    for (; i < this.contentEnd; i++) {
      const ch = text.charCodeAt(i);
      if (flowIndicators.has(ch)) break;
      if (ch === COLON) {
        if (isKey) break;
        notFast('a colon in a plain flow value');
      }
      if (ch === HASH || ch === TAB) notFast('a comment or tab inside a flow collection');
      if (ch !== SPACE) end = i + 1;
    }
    if (end === start) notFast('an empty entry in a flow collection');
    this.pos = i;
    return scalarNode(text.slice(start, end), start, end);
  }
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}
