/**
 * Snippets described as element trees with tab stops, so one description serves XML and YAML: new rows, a
 * footnote, a whole Form 4, and the skeleton of any element completion inserts. Each format renders the tree in
 * LSP snippet syntax (snippetXml.ts, snippetYaml.ts).
 */
import { enumeratedValues } from '../docs/allowedValues';
import { elementParticles, type ElementParticle, type GroupParticle, type Particle, type SimpleType } from '../structure/schema';

/**
 * A value in a snippet: fixed text, or a tab stop with a default or a list of choices. A stop's `key` (the element
 * it fills, set by {@link skeletonOf}) lets a renderer number stops in an order of its own ({@link TabStops}); stops
 * with the same key are one stop, typed once and mirrored (a draft's `periodOfReport` is its transaction date).
 */
export type SnippetField =
  | { readonly kind: 'fixed'; readonly text: string }
  | { readonly kind: 'stop'; readonly placeholder?: string; readonly choices?: readonly string[]; readonly key?: string };

export interface SnippetNode {
  readonly name: string;
  readonly attributes?: readonly { readonly name: string; readonly value: SnippetField }[];
  /** The element's own text; a table cell has it on its `value` child, as the tree does. */
  readonly value?: SnippetField;
  readonly children?: readonly SnippetNode[];
}

export const fixed = (text: string): SnippetField => ({ kind: 'fixed', text });
export const stop = (placeholder?: string): SnippetField => ({ kind: 'stop', placeholder });
export const choose = (choices: readonly string[]): SnippetField => ({ kind: 'stop', choices });
/** The same stop as the element `key`'s: typed there, mirrored here. */
export const mirror = (key: string, placeholder?: string): SnippetField => ({ kind: 'stop', key, ...(placeholder ? { placeholder } : {}) });

function keyed(field: SnippetField, key: string): SnippetField {
  return field.kind === 'stop' && field.key === undefined ? { ...field, key } : field;
}

/** Choice lists longer than this become a plain tab stop (completion offers the values there). */
const maxChoices = 24;

/** The tab stop a simple type suggests: a date's format, the values of a short list. */
export function fieldFor(type: SimpleType): SnippetField {
  if (type.kind === 'date') return stop('YYYY-MM-DD');
  if (type.kind === 'boolean') return choose(['0', '1']); // "no" first: the usual answer for the optional flags
  const values = enumeratedValues(type)
    .map((v) => v.value)
    .filter((v) => v !== '');
  if (values.length > 0 && values.length <= maxChoices) return choose(values);
  return stop();
}

export interface SkeletonOptions {
  /** Optional elements to include all the same (they are usually wanted: `transactionCoding`). */
  readonly include?: ReadonlySet<string>;
  /** A value to use for an element instead of the one its type suggests, by element name. */
  readonly values?: Readonly<Record<string, SnippetField>>;
}

function wanted(p: ElementParticle, options: SkeletonOptions): boolean {
  return p.min > 0 || (options.include?.has(p.name) ?? false);
}

function groupChildren(group: GroupParticle | undefined, options: SkeletonOptions): ElementParticle[] {
  const visit = (p: Particle): ElementParticle[] => {
    if (p.kind === 'element') return wanted(p, options) ? [p] : [];
    if (p.kind === 'sequence') return p.particles.flatMap(visit);
    // A choice: the alternative asked for by name; else, when the choice is required, its first alternative.
    const asked = elementParticles(p).find((e) => options.include?.has(e.name));
    if (asked) return [asked];
    const first = p.particles[0];
    if (p.min === 0 || !first) return [];
    return first.kind === 'element' ? [first] : visit(first);
  };
  return group ? visit(group) : [];
}

/** An element with its required children (and the optional ones asked for), tab stops where values go. */
export function skeletonOf(decl: ElementParticle, options: SkeletonOptions = {}): SnippetNode {
  const given = options.values?.[decl.name];
  if (decl.type.kind !== 'complex') return { name: decl.name, value: keyed(given ?? fieldFor(decl.type), decl.name) };
  const attributes = decl.type.attributes
    .filter((a) => a.required)
    .map((a) => ({ name: a.name, value: options.values?.[`@${a.name}`] ?? stop() }));
  const children = groupChildren(decl.type.content, options).map((child) => {
    // A cell's `value` takes the value asked for its cell (`transactionCode` is a leaf, `securityTitle` a cell).
    // Its stop is keyed by the cell's name, the field a filer fills in.
    if (child.name === 'value' && child.type.kind !== 'complex')
      return { name: 'value', value: keyed(given ?? fieldFor(child.type), decl.name) };
    return skeletonOf(child, options);
  });
  const node: SnippetNode = { name: decl.name, ...(attributes.length ? { attributes } : {}), ...(children.length ? { children } : {}) };
  return children.length === 0 && decl.type.mixed ? { ...node, value: keyed(given ?? stop(), decl.name) } : node;
}

/**
 * Numbers tab stops: those whose key `order` lists by their place in it (Tab visits stops by number, so a new draft
 * can walk the fields in the order a filer knows the facts while XML keeps the schema's order), the rest after
 * them in document order as a renderer meets them. Stops sharing a listed key share its number.
 */
export class TabStops {
  private readonly order: ReadonlyMap<string, number>;
  private next: number;

  constructor(order: readonly string[] = []) {
    this.order = new Map(order.map((key, i) => [key, i + 1]));
    this.next = order.length + 1;
  }

  /** A field renderer for a format: fixed text through `fixedText` (escaping, quoting), stops numbered. */
  fieldText(fixedText: (text: string) => string): (field: SnippetField) => string {
    return (field) => (field.kind === 'fixed' ? fixedText(field.text) : this.render(field));
  }

  render(field: SnippetField): string {
    if (field.kind === 'fixed') return escapeSnippetText(field.text);
    const n = (field.key !== undefined ? this.order.get(field.key) : undefined) ?? this.next++;
    if (field.choices) return `\${${n}|${field.choices.map((c) => c.replace(/[\\,|$}]/g, '\\$&')).join(',')}|}`;
    return field.placeholder ? `\${${n}:${escapeSnippetText(field.placeholder)}}` : `\$${n}`;
  }
}

/** Literal text in LSP snippet syntax: `$`, `}` and `\` are escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
