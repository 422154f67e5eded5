/**
 * A small YAML emitter for the draft writer: block mappings and lists indented by two spaces, compact list items
 * (`- key: value`), flow style where the writer asks for it (`[F1, F2]`, `{value: 1.5, footnotes: [F1]}`).
 * Scalars are quoted by ./yamlScalar.ts so that they read back exactly.
 */
import { inlineScalar, writeScalar } from './yamlScalar';

export type YamlValue =
  | { readonly kind: 'null' }
  | { readonly kind: 'scalar'; readonly value: string }
  | { readonly kind: 'map'; readonly entries: readonly YamlEntry[]; readonly flow?: boolean }
  | { readonly kind: 'seq'; readonly items: readonly YamlValue[]; readonly flow?: boolean };

export interface YamlEntry {
  readonly key: string;
  readonly value: YamlValue;
}

/** The document's text, ending with a line break. */
export function renderYaml(document: YamlValue): string {
  const out: string[] = [];
  if (isBlockCollection(document)) emitBlock(document, 0, out);
  else emitAfter('', document, 0, out);
  return out.join('\n') + '\n';
}

function isBlockCollection(value: YamlValue): value is Extract<YamlValue, { kind: 'map' | 'seq' }> {
  if (value.kind === 'map') return !value.flow && value.entries.length > 0;
  if (value.kind === 'seq') return !value.flow && value.items.length > 0;
  return false;
}

/** A block mapping's entries or a block list's items, each line starting at `indent`. */
function emitBlock(value: Extract<YamlValue, { kind: 'map' | 'seq' }>, indent: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (value.kind === 'map') {
    for (const { key, value: inner } of value.entries) emitAfter(`${pad}${inlineScalar(key, 'key')}:`, inner, indent, out);
    return;
  }
  for (const item of value.items) {
    if (isBlockCollection(item)) {
      // Compact form: the item's first line goes on the dash's line, the rest stays two columns in.
      const first = out.length;
      emitBlock(item, indent + 2, out);
      out[first] = `${pad}- ${out[first]!.slice(indent + 2)}`;
    } else {
      emitAfter(`${pad}-`, item, indent, out);
    }
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
