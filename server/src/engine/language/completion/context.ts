/** What the cursor is completing, whatever the format: found by xmlContext.ts and yamlContext.ts. */
import type { Span } from '../../text/span';
import type { ElementNode } from '../../tree/node';

/** How an element is to be written at the cursor. */
export type ElementSyntax =
  /** After `<`: the name and the rest of the element (`transactionCode>...</transactionCode>`). */
  | 'xml-after-lt'
  /** In XML content with no `<` typed: the whole element. */
  | 'xml-content'
  /** A YAML key of a mapping (or, with `dash`, a new list item of a table). */
  | 'yaml-key'
  /** A key typed over an existing one (`key|: value`): the name alone. */
  | 'name-only';

export interface ElementContext {
  readonly kind: 'element';
  /** Element names from the root to the parent the new element goes in; empty at the document level. */
  readonly parentPath: readonly string[];
  readonly parent?: ElementNode;
  /** Sibling names before and after the cursor, in document order. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly syntax: ElementSyntax;
  /** What the item replaces: what has been typed of the name (and the list dash, in YAML). */
  readonly replaceSpan: Span;
  /** YAML: a `- ` is already typed on the line (replaced together with the name). */
  readonly dash?: boolean;
  /** XML: the text before the cursor already has its `<?xml ...?>` declaration. */
  readonly hasDeclaration?: boolean;
}

export interface ValueContext {
  readonly kind: 'value';
  /** Element names from the root to the element whose value is typed (a `value` for a table cell). */
  readonly path: readonly string[];
  readonly replaceSpan: Span;
  /** Text to put before the value: a space right after a YAML colon (`key:D` would be one plain scalar). */
  readonly prefix?: string;
}

export interface FootnoteReferenceContext {
  readonly kind: 'footnote-reference';
  readonly replaceSpan: Span;
}

export interface CloseTagContext {
  readonly kind: 'close-tag';
  readonly name: string;
  readonly replaceSpan: Span;
}

export type CompletionContext = ElementContext | ValueContext | FootnoteReferenceContext | CloseTagContext;

/** The span of the name characters around `offset` (letters, digits, `_`, `-`, `.`, `@`, `#`). */
export function wordSpan(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && /[\w.@#-]/.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && /[\w.@#-]/.test(text[end])) end++;
  return { start, end };
}
