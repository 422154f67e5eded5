/**
 * The one reader of footnote references (`<footnoteId id="F1"/>`, `footnotes: [F1]` in a draft): the binder reads
 * a cell's, an element's and the whole document's with it, and rules the references inside a row.
 */
import type { AttributeNode, ElementNode } from '../tree/node';
import type { FootnoteRef } from './types';

/** True for a `footnoteId` element: a reference to a footnote. */
export function isFootnoteRef(node: ElementNode): boolean {
  return node.name === 'footnoteId';
}

/** Shared by every element without footnote references; never written to (the model's arrays are read-only). */
export const noFootnoteRefs: readonly FootnoteRef[] = [];

/** The `id` attribute of a footnote or of a reference to one. */
export function idAttribute(node: ElementNode): AttributeNode | undefined {
  const attributes = node.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === 'id') return attributes[i];
  return undefined;
}

/** A `footnoteId` element as a reference: its trimmed id (empty when it has none), located on the id's value. */
export function footnoteRef(ref: ElementNode): FootnoteRef {
  const id = idAttribute(ref);
  return { id: id?.value.value.trim() ?? '', span: id?.value.span ?? ref.nameSpan, node: ref };
}

/** The references among an element's children (a cell's `footnoteId`s). */
export function footnoteRefsOf(node: ElementNode): readonly FootnoteRef[] {
  const children = node.children;
  let refs: FootnoteRef[] | undefined;
  for (let i = 0; i < children.length; i++) if (isFootnoteRef(children[i])) (refs ??= []).push(footnoteRef(children[i]));
  return refs ?? noFootnoteRefs;
}

/**
 * Every reference below `node`, wherever it is (unknown elements included), in document order, appended to `out`.
 * A reference's own content is not searched: a `footnoteId` inside a `footnoteId` is misplaced, not a reference.
 */
export function footnoteRefsBelow(node: ElementNode, out: FootnoteRef[] = []): FootnoteRef[] {
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (isFootnoteRef(child)) out.push(footnoteRef(child));
    // Most elements are leaves: not calling into them saves a call per leaf on this whole-tree walk.
    else if (child.children.length > 0) footnoteRefsBelow(child, out);
  }
  return out;
}
