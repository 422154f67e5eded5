/**
 * A small YAML emitter for the draft writer: block mappings and lists indented by two spaces, compact list items
 * (`- key: value`), flow style where the writer asks for it (`[F1, F2]`, `{value: 1.5, footnotes: [F1]}`).
 * Scalars are quoted by ./yamlScalar.ts so that they read back exactly. Comments are written on lines of their own,
 * before and after the entry or item whose value carries them; a collection asked for in flow style is written as a
 * block instead when something in it carries a comment, since a flow collection has no lines for one.
 */
import { inlineScalar, writeScalar } from './yamlScalar';

export type YamlValue = (
  | { readonly kind: 'null' }
  | { readonly kind: 'scalar'; readonly value: string }
  | { readonly kind: 'map'; readonly entries: readonly YamlEntry[]; readonly flow?: boolean }
  | { readonly kind: 'seq'; readonly items: readonly YamlValue[]; readonly flow?: boolean }
) &
  Commented;

/**
 * Comment lines (without the `#`) written before and after the entry or list item holding the value; for the
 * document, at its top and bottom. Filled in by the draft writer once the value is built. A `null` stands between
 * two comments: written as a blank line, so that the reader, which joins whole-line comments on consecutive lines
 * into one (read/yamlComments.ts), reads two back.
 */
export type CommentLines = (string | null)[];

export interface Commented {
  before?: CommentLines;
  after?: CommentLines;
}

/** Two runs of comments one after the other, kept apart. */
export function joinComments(first: CommentLines | undefined, second: CommentLines | undefined): CommentLines {
  if (!first?.length) return second ?? [];
  if (!second?.length) return first;
  return [...first, null, ...second];
}

export interface YamlEntry {
  readonly key: string;
  readonly value: YamlValue;
}

/** The document's text, ending with a line break. */
export function renderYaml(document: YamlValue): string {
  const out: string[] = [];
  emitComments(document.before, '', out);
  if (isBlockCollection(document)) emitBlock(document, 0, out);
  else emitAfter('', document, 0, out);
  emitComments(document.after, '', out);
  return out.join('\n') + '\n';
}

function isBlockCollection(value: YamlValue): value is Extract<YamlValue, { kind: 'map' | 'seq' }> {
  if (value.kind === 'map') return value.entries.length > 0 && !(value.flow && !holdsComments(value));
  if (value.kind === 'seq') return value.items.length > 0 && !(value.flow && !holdsComments(value));
  return false;
}

/** Whether a comment is attached anywhere inside the collection (not to the collection itself). */
function holdsComments(value: YamlValue): boolean {
  const inner = value.kind === 'map' ? value.entries.map((e) => e.value) : value.kind === 'seq' ? value.items : [];
  return inner.some((v) => (v.before?.length ?? 0) > 0 || (v.after?.length ?? 0) > 0 || holdsComments(v));
}

/** The line each output's last comment was written on: a comment written right after it is kept apart from it. */
const lastCommentLine = new WeakMap<string[], number>();

function emitComments(lines: Readonly<CommentLines> | undefined, pad: string, out: string[]): void {
  if (!lines?.length) return;
  if (lastCommentLine.get(out) === out.length - 1) out.push('');
  for (const line of lines) out.push(line === null ? '' : line === '' ? `${pad}#` : `${pad}# ${line}`);
  lastCommentLine.set(out, out.length - 1);
}

/**
 * The comments before a block collection's first line, taken out of it: a list item's first line shares the dash's
 * line, so what comes before it is written before the dash.
 */
function takeLead(value: Extract<YamlValue, { kind: 'map' | 'seq' }>): [CommentLines, YamlValue] {
  if (value.kind === 'map') {
    const [first, ...rest] = value.entries;
    if (!first?.value.before?.length) return [[], value];
    return [first.value.before, { ...value, entries: [{ key: first.key, value: { ...first.value, before: undefined } }, ...rest] }];
  }
  const [first, ...rest] = value.items;
  if (!first) return [[], value];
  const [inner, stripped] = isBlockCollection(first) ? takeLead(first) : [[], first];
  const lead = joinComments(first.before, inner);
  if (lead.length === 0) return [[], value];
  return [lead, { ...value, items: [{ ...stripped, before: undefined }, ...rest] }];
}

/** A block mapping's entries or a block list's items, each line starting at `indent`. */
function emitBlock(value: Extract<YamlValue, { kind: 'map' | 'seq' }>, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (value.kind === 'map') {
    for (const { key, value: inner } of value.entries) {
      emitComments(inner.before, pad, out);
      emitAfter(`${pad}${inlineScalar(key, 'key')}:`, inner, indent, out);
      emitComments(inner.after, pad, out);
    }
    return;
  }
  for (const item of value.items) {
    emitComments(item.before, pad, out);
    if (isBlockCollection(item)) {
      // Compact form: the item's first line goes on the dash's line, the rest stays two columns in.
      const [lead, rest] = takeLead(item);
      emitComments(lead, pad, out);
      const first = out.length;
      emitBlock(rest as typeof item, indent + 2, out);
      out[first] = `${pad}- ${out[first]!.slice(indent + 2)}`;
    } else {
      emitAfter(`${pad}-`, item, indent, out);
    }
    emitComments(item.after, pad, out);
  }
}

/** `prefix` (a key and its colon, or a dash) at `indent`, then the value: on the same line, or below it. */
function emitAfter(prefix: string, value: YamlValue, indent: number, out: string[]): void {
  const gap = prefix === '' ? '' : ' ';
  if (value.kind === 'null') {
    out.push(prefix);
  } else if (value.kind === 'scalar') {
    const written = writeScalar(value.value, 'block', indent + 2);
    out.push(prefix + gap + written.head);
    // One by one: spread as arguments, a block of 100,000+ lines overflows the call stack.
    for (const line of written.lines) out.push(line);
  } else if (isBlockCollection(value)) {
    out.push(prefix);
    emitBlock(value, indent + 2, out);
  } else {
    out.push(prefix + gap + flowText(value));
  }
}

/** `key: value`, or `key:` for an empty value. Never trimmed: a value may end in a no-break or ideographic space. */
function flowEntry(entry: YamlEntry): string {
  const key = inlineScalar(entry.key, 'key');
  return entry.value.kind === 'null' ? `${key}:` : `${key}: ${flowText(entry.value)}`;
}

/** A collection on one line: `[a, b]`, `{a: b}`; every scalar in it is quoted for flow context. */
function flowText(value: YamlValue): string {
  switch (value.kind) {
    case 'null':
      return '';
    case 'scalar':
      return inlineScalar(value.value, 'flow');
    case 'seq':
      return `[${value.items.map(flowText).join(', ')}]`;
    case 'map':
      return `{${value.entries.map(flowEntry).join(', ')}}`;
  }
}
