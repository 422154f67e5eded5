/**
 * An element to insert, described independently of the format: each format's writer turns it into text at the
 * right place and indentation.
 */
import type { SnippetNode } from '../snippetTree';

export interface NewElement {
  readonly name: string;
  readonly attributes?: readonly { readonly name: string; readonly value: string }[];
  /** The element's own text. A table cell's value is a `value` child, as in the tree: see {@link cellElement}. */
  readonly text?: string;
  readonly children?: readonly NewElement[];
}

/** A table cell with its value: `<name><value>v</value></name>`, `name: v` in YAML. */
export function cellElement(name: string, value: string): NewElement {
  return { name, children: [{ name: 'value', text: value }] };
}

/** The element as a tree of fixed values, for the renderers (render/lines.ts). */
export function asSnippetNode(element: NewElement): SnippetNode {
  return {
    name: element.name,
    ...(element.attributes
      ? { attributes: element.attributes.map((a) => ({ name: a.name, value: { kind: 'fixed' as const, text: a.value } })) }
      : {}),
    ...(element.text !== undefined ? { value: { kind: 'fixed' as const, text: element.text } } : {}),
    ...(element.children ? { children: element.children.map(asSnippetNode) } : {}),
  };
}
